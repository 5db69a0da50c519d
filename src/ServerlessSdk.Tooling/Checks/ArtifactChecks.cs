using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Checks;

/// <summary>
/// Checks a published function against what Lambda will accept and run. Each check returns its diagnostics (empty
/// when it passes) and never throws for a bad artifact; hosts decide how to report them.
/// </summary>
public static partial class ArtifactChecks
{
    /// <summary>
    /// Every executable check for <paramref name="target"/>: readable 64-bit little-endian ELF, architecture, the
    /// runtime's architectures, glibc and ICU. An unknown runtime or architecture is reported and the checks that
    /// depend on it are skipped.
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckExecutable(ElfReadResult read, ArtifactTarget target, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(target);
        if (!read.Succeeded)
        {
            return CheckReadable(read, file);
        }

        var diagnostics = new List<ServerlessDiagnostic>();
        var hasArchitecture = LambdaInstructionSet.TryParse(target.Architecture, out var architecture);
        diagnostics.AddRange(hasArchitecture
            ? CheckArchitecture(read.File, architecture!, file)
            : [UnknownArchitecture(target.Architecture, file)]);

        if (!OsOnlyRuntimes.TryFind(target.Runtime, out var runtime))
        {
            diagnostics.Add(UnknownRuntime(target.Runtime, file));
            return diagnostics;
        }

        if (hasArchitecture)
        {
            diagnostics.AddRange(CheckRuntimeArchitecture(runtime, architecture!, file));
        }

        diagnostics.AddRange(CheckGlibc(read.File, runtime, file));
        diagnostics.AddRange(CheckIcu(read.File, runtime, target.InvariantGlobalization, file));
        return diagnostics;
    }

    /// <summary>
    /// A failed read as a diagnostic: <see cref="DiagnosticCodes.ExecutableNotElf64"/> for not-ELF, 32-bit and big-endian
    /// files, <see cref="DiagnosticCodes.ExecutableMalformed"/> for truncated or corrupt ones,
    /// <see cref="DiagnosticCodes.ExecutableUnreadable"/> for I/O failures. A successful read gives none.
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckReadable(ElfReadResult read, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (read.Succeeded)
        {
            return [];
        }

        var error = read.Error;
        return error.Kind switch
        {
            ElfReadErrorKind.NotElf or ElfReadErrorKind.Not64Bit or ElfReadErrorKind.BigEndian => [ServerlessDiagnostic.Error(
                DiagnosticCodes.ExecutableNotElf64,
                $"The function executable is not a 64-bit little-endian ELF file ({error.Message}); publish it for linux-x64 or linux-arm64 with Native AOT.",
                file)],
            ElfReadErrorKind.Unreadable => [ServerlessDiagnostic.Error(
                DiagnosticCodes.ExecutableUnreadable,
                $"The function executable could not be read ({error.Message}); check that publish produced it and that nothing holds it open.",
                file)],
            _ => [ServerlessDiagnostic.Error(
                DiagnosticCodes.ExecutableMalformed,
                $"The function executable is a damaged ELF file ({error.Message}); delete the publish output and publish again.",
                file)],
        };
    }

    private static ServerlessDiagnostic UnknownArchitecture(string? declared, string? file) => ServerlessDiagnostic.Error(
        DiagnosticCodes.UnknownArchitecture,
        $"The architecture '{declared}' is not one Lambda offers; declare {string.Join(" or ", LambdaInstructionSet.All.Select(a => a.Name))}.",
        file);

    private static ServerlessDiagnostic UnknownRuntime(string? declared, string? file) => ServerlessDiagnostic.Error(
        DiagnosticCodes.UnknownRuntime,
        $"The runtime '{declared}' is not a Lambda runtime for native executables; use {string.Join(" or ", OsOnlyRuntimes.All.Select(r => r.Name))}.",
        file);
}
