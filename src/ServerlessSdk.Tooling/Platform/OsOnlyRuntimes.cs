namespace ServerlessSdk.Tooling.Platform;

/// <summary>
/// The one table of Lambda runtimes a Native AOT function can target, with what each offers. Update it here when AWS
/// adds or retires a runtime.
/// </summary>
/// <remarks>
/// Sources: the AWS Lambda runtimes page and the Amazon Linux release notes. <c>provided.al2023</c> is Amazon Linux 2023
/// (glibc 2.34); <c>provided.al2</c> is Amazon Linux 2 (glibc 2.26). Both run on x86_64 and arm64, and neither installs
/// ICU. The retired Amazon Linux 1 <c>provided</c> runtime is deliberately absent.
/// </remarks>
public static class OsOnlyRuntimes
{
    /// <summary>Amazon Linux 2023: glibc 2.34, x86_64 and arm64, no ICU.</summary>
    public static OsOnlyRuntime ProvidedAl2023 { get; } =
        new("provided.al2023", new Version(2, 34), [LambdaInstructionSet.X64, LambdaInstructionSet.Arm64], ProvidesIcu: false);

    /// <summary>Amazon Linux 2: glibc 2.26, x86_64 and arm64, no ICU.</summary>
    public static OsOnlyRuntime ProvidedAl2 { get; } =
        new("provided.al2", new Version(2, 26), [LambdaInstructionSet.X64, LambdaInstructionSet.Arm64], ProvidesIcu: false);

    /// <summary>Every known runtime, newest first.</summary>
    public static IReadOnlyList<OsOnlyRuntime> All { get; } = [ProvidedAl2023, ProvidedAl2];

    /// <summary>Finds a runtime by its identifier, ignoring case.</summary>
    public static bool TryFind(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OsOnlyRuntime? runtime)
    {
        runtime = All.FirstOrDefault(r => string.Equals(r.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return runtime is not null;
    }
}
