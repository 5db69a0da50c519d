namespace ServerlessSdk.Emulator.Internal;

/// <summary>Finds the <c>dotnet</c> muxer to run framework-dependent functions with.</summary>
internal static class DotnetHost
{
    private static readonly string ExecutableName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    /// <summary>
    /// The muxer running this process (tests, MSBuild), else <c>DOTNET_HOST_PATH</c> (set by the SDK for tasks
    /// and tools), else the first on <c>PATH</c>, else the bare name. Symbolic links are resolved so the folder
    /// is the real installation root.
    /// </summary>
    public static string Resolve()
    {
        var candidates = new[]
        {
            Environment.ProcessPath is { } self && Path.GetFileName(self) == ExecutableName ? self : null,
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
        }.Concat((Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, ExecutableName)));

        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate))
            {
                var file = new FileInfo(Path.GetFullPath(candidate));
                return file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.FullName;
            }
        }

        return ExecutableName;
    }
}
