using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Projects;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>What to run for a built project: <c>dotnet X.dll</c> (JIT) or the published Native AOT bootstrap.</summary>
/// <param name="Project">The evaluated project.</param>
/// <param name="Aot">True to run the published executable.</param>
internal sealed record FunctionTarget(EvaluatedProject Project, bool Aot)
{
    /// <summary>The file whose change means "rebuilt": the assembly, or the bootstrap.</summary>
    public string WatchedFile => Aot ? Project.PublishedExecutable : Project.TargetPath;

    public FunctionCommand Command()
    {
        if (!File.Exists(WatchedFile))
        {
            throw ToolException.Error(DiagnosticCodes.FunctionOutputMissing,
                $"The {(Aot ? "published executable" : "built assembly")} '{WatchedFile}' does not exist; build the project (or drop --no-build).", Project.ProjectPath);
        }

        return Aot ? FunctionCommand.Executable(WatchedFile) : FunctionCommand.DotnetDll(WatchedFile);
    }

    /// <summary>The watched file's write time and length, compared before each request to notice a rebuild.</summary>
    public (DateTime, long) Stamp()
    {
        var file = new FileInfo(WatchedFile);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : default;
    }
}
