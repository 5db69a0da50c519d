using Microsoft.Build.Utilities;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Build.Tasks;

/// <summary>Reports tooling diagnostics through MSBuild with their SLS codes, so builds, IDEs and CI show them as such.</summary>
internal static class DiagnosticLog
{
    /// <summary>
    /// Runs a task's work; an exception nothing anticipated becomes one coded error with its message instead of a
    /// stack trace in the build output (the trace goes to the detailed log, for the bug report).
    /// </summary>
    public static bool Guard(TaskLoggingHelper log, string taskName, Func<bool> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogError(null, DiagnosticCodes.UnexpectedTaskFailure, null, string.Empty, 0, 0, 0, 0,
                $"{taskName} failed unexpectedly: {ex.GetType().Name}: {ex.Message} Run the build with -v:d for details and report it.");
            log.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, ex.ToString());
            return false;
        }
    }

    /// <returns><see langword="true"/> when none of them is an error.</returns>
    public static bool Report(TaskLoggingHelper log, IEnumerable<ServerlessDiagnostic> diagnostics)
    {
        var ok = true;
        foreach (var diagnostic in diagnostics)
        {
            var file = diagnostic.File ?? string.Empty;
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error:
                    log.LogError(null, diagnostic.Code, null, file, 0, 0, 0, 0, diagnostic.Message);
                    ok = false;
                    break;
                case DiagnosticSeverity.Warning:
                    log.LogWarning(null, diagnostic.Code, null, file, 0, 0, 0, 0, diagnostic.Message);
                    break;
                default:
                    log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal, $"{diagnostic.Code}: {diagnostic.Message}");
                    break;
            }
        }

        return ok;
    }
}
