using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Checks;

public static partial class ArtifactChecks
{
    /// <summary>How many offending symbols a glibc error names; enough to find the call site, short enough for one line.</summary>
    private const int MaxSymbolsNamed = 5;

    private const string IcuLibraryPrefix = "libicu";

    /// <summary>
    /// The executable's ELF machine must match the declared architecture: <see cref="DiagnosticCodes.ArchitectureMismatch"/>
    /// when it does not, <see cref="DiagnosticCodes.UnknownArchitecture"/> when the declaration names no Lambda architecture.
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckArchitecture(ElfFile elf, string declaredArchitecture, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(elf);
        return LambdaInstructionSet.TryParse(declaredArchitecture, out var architecture)
            ? CheckArchitecture(elf, architecture, file)
            : [UnknownArchitecture(declaredArchitecture, file)];
    }

    /// <summary>The executable's ELF machine must match <paramref name="declared"/> (<see cref="DiagnosticCodes.ArchitectureMismatch"/>).</summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckArchitecture(ElfFile elf, LambdaInstructionSet declared, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(elf);
        ArgumentNullException.ThrowIfNull(declared);
        if (elf.Machine == declared.Machine)
        {
            return [];
        }

        var rid = declared == LambdaInstructionSet.Arm64 ? "linux-arm64" : "linux-x64";
        return [ServerlessDiagnostic.Error(
            DiagnosticCodes.ArchitectureMismatch,
            $"The function executable is built for {LambdaInstructionSet.Describe(elf.Machine)} but the function declares {declared.Name}; publish with -r {rid} or change the declared architecture.",
            file)];
    }

    /// <summary>The runtime must run on the architecture (<see cref="DiagnosticCodes.ArchitectureNotOnRuntime"/>).</summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckRuntimeArchitecture(OsOnlyRuntime runtime, LambdaInstructionSet architecture, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(architecture);
        return runtime.Architectures.Contains(architecture)
            ? []
            : [ServerlessDiagnostic.Error(
                DiagnosticCodes.ArchitectureNotOnRuntime,
                $"The runtime {runtime.Name} does not run on {architecture.Name}; use {string.Join(" or ", runtime.Architectures.Select(a => a.Name))}, or a runtime that offers {architecture.Name}.",
                file)];
    }

    /// <summary>
    /// Looks the runtime up in <see cref="OsOnlyRuntimes"/> (<see cref="DiagnosticCodes.UnknownRuntime"/> when absent),
    /// then checks glibc as <see cref="CheckGlibc(ElfFile, OsOnlyRuntime, string?)"/> does.
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckGlibc(ElfFile elf, string runtimeName, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(elf);
        return OsOnlyRuntimes.TryFind(runtimeName, out var runtime)
            ? CheckGlibc(elf, runtime, file)
            : [UnknownRuntime(runtimeName, file)];
    }

    /// <summary>
    /// The highest <c>GLIBC_x.y</c> version the executable needs must not exceed the runtime's glibc
    /// (<see cref="DiagnosticCodes.GlibcTooNew"/>); the error names up to five symbols that need the newer versions.
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckGlibc(ElfFile elf, OsOnlyRuntime runtime, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(elf);
        ArgumentNullException.ThrowIfNull(runtime);
        var available = GlibcVersion.Normalise(runtime.Glibc);
        var tooNew = elf.VersionNeeds
            .SelectMany(need => need.Versions)
            .Select(name => (Name: name, Version: GlibcVersion.Parse(name)))
            .Where(need => need.Version is not null && need.Version > available)
            .OrderByDescending(need => need.Version)
            .ToList();
        if (tooNew.Count == 0)
        {
            return [];
        }

        var offenders = elf.VersionedSymbols
            .Select(symbol => (Symbol: symbol.ToString(), Version: GlibcVersion.Parse(symbol.Version)))
            .Where(symbol => symbol.Version is not null && symbol.Version > available)
            .OrderByDescending(symbol => symbol.Version)
            .ThenBy(symbol => symbol.Symbol, StringComparer.Ordinal)
            .Select(symbol => symbol.Symbol)
            .Distinct()
            .ToList();
        var more = offenders.Count > MaxSymbolsNamed ? $" and {offenders.Count - MaxSymbolsNamed} more" : string.Empty;
        var usedBy = offenders.Count == 0 ? string.Empty : $", used by {string.Join(", ", offenders.Take(MaxSymbolsNamed))}{more}";
        var highest = tooNew[0];
        var glibc = GlibcVersion.Display(runtime.Glibc);
        return [ServerlessDiagnostic.Error(
            DiagnosticCodes.GlibcTooNew,
            $"The function executable needs glibc {GlibcVersion.Display(highest.Version!)} ({highest.Name}{usedBy}) but {runtime.Name} has glibc {glibc}; publish on a machine or container with glibc {glibc} or older (e.g. the {runtime.Name} build image).",
            file)];
    }

    /// <summary>
    /// A runtime without ICU cannot run a function that needs it (<see cref="DiagnosticCodes.IcuNotOnRuntime"/>): one
    /// with <c>InvariantGlobalization</c> off (.NET loads ICU at startup and exits without it) or one whose executable
    /// links a <c>libicu*</c> library directly.
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckIcu(ElfFile elf, OsOnlyRuntime runtime, bool invariantGlobalization, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(elf);
        ArgumentNullException.ThrowIfNull(runtime);
        if (runtime.ProvidesIcu)
        {
            return [];
        }

        var icuLibraries = elf.Needed.Where(name => name.StartsWith(IcuLibraryPrefix, StringComparison.Ordinal)).ToList();
        if (icuLibraries.Count > 0)
        {
            return [ServerlessDiagnostic.Error(
                DiagnosticCodes.IcuNotOnRuntime,
                $"The function executable links {string.Join(", ", icuLibraries)} but {runtime.Name} has no ICU; remove the native ICU dependency and set <InvariantGlobalization>true</InvariantGlobalization>.",
                file)];
        }

        return invariantGlobalization
            ? []
            : [ServerlessDiagnostic.Error(
                DiagnosticCodes.IcuNotOnRuntime,
                $"InvariantGlobalization is off, so .NET loads ICU at startup, but {runtime.Name} has no ICU; set <InvariantGlobalization>true</InvariantGlobalization> in the project.",
                file)];
    }
}
