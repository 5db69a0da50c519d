using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>Builds a publish's <see cref="ExecutableBreakdown"/> from the executable and the compiler's <c>.mstat</c>.</summary>
public static class ExecutableBreakdownReader
{
    /// <summary>
    /// The breakdown, or null: without a statistics file (not asked for), or when either file cannot be read, which
    /// adds an SLS2040 warning to <paramref name="diagnostics"/> (the rest of the report is unaffected).
    /// </summary>
    public static ExecutableBreakdown? TryRead(string? executable, string? statisticsFile, ICollection<ServerlessDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (string.IsNullOrWhiteSpace(statisticsFile) || string.IsNullOrWhiteSpace(executable))
        {
            return null;
        }

        if (!File.Exists(statisticsFile))
        {
            diagnostics.Add(ServerlessDiagnostic.Warning(
                DiagnosticCodes.SizeBreakdownUnavailable,
                $"The Native AOT size statistics {statisticsFile} were not written, so the report does not break {Path.GetFileName(executable)} down by assembly; publish with PublishAot=true, or set IlcGenerateMstatFile=true if a property turned it off.",
                statisticsFile));
            return null;
        }

        MstatSizes sizes;
        try
        {
            sizes = MstatReader.Read(statisticsFile);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ServerlessDiagnostic.Warning(
                DiagnosticCodes.SizeBreakdownUnavailable,
                $"The Native AOT size statistics {statisticsFile} could not be read ({ex.Message.TrimEnd('.')}), so the report does not break {Path.GetFileName(executable)} down by assembly; publish again.",
                statisticsFile));
            return null;
        }

        var elf = ElfFile.ReadFile(executable);
        if (!elf.Succeeded)
        {
            diagnostics.Add(ServerlessDiagnostic.Warning(
                DiagnosticCodes.SizeBreakdownUnavailable,
                $"{executable} could not be read as an ELF executable ({elf.Error.Message}), so the report does not break it down by assembly; publish again.",
                executable));
            return null;
        }

        return ExecutableBreakdown.Create(Path.GetFileName(executable), new FileInfo(executable).Length, sizes, elf.File.Sections);
    }
}
