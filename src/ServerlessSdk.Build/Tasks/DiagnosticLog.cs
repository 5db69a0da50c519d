using Microsoft.Build.Utilities;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Build.Tasks;

/// <summary>Reports tooling diagnostics through MSBuild with their SLS codes, so builds, IDEs and CI show them as such.</summary>
internal static class DiagnosticLog
{
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
