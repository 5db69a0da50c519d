using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Tooling.IaC;

/// <summary>
/// Checks what the manifest and the zips add to the project's settings: each function's own values against what
/// Lambda and CloudWatch accept, the service name, and a zip per architecture used. The project-level values were
/// parsed and checked once, by <see cref="Settings.ProjectSettings.Parse"/>, with their properties' codes.
/// </summary>
public static class IaCSettingsValidator
{
    /// <summary>The architectures Lambda offers.</summary>
    public static IReadOnlyList<string> Architectures { get; } = [.. Platform.LambdaInstructionSet.All.Select(a => a.Name)];

    /// <summary>Every problem with the manifest's per-function values and <paramref name="settings"/>' zips, as errors.</summary>
    public static IReadOnlyList<ServerlessDiagnostic> Validate(IaCSettings settings, ServiceManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(manifest);
        var diagnostics = new List<ServerlessDiagnostic>();
        if (!Naming.IsServiceName(manifest.Service))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidServiceName, $"service name '{manifest.Service}' must be 1–40 lowercase letters, digits and hyphens, starting with a letter (set ServerlessServiceName)"));
        }

        foreach (var function in manifest.Functions)
        {
            CheckValues(diagnostics, function);
            var architecture = function.Architecture ?? settings.Project.Architecture.Name;
            if (Architectures.Contains(architecture, StringComparer.Ordinal))
            {
                CheckPackagePath(diagnostics, settings, architecture, function.Name);
            }
        }

        return diagnostics;
    }

    private static void CheckValues(List<ServerlessDiagnostic> diagnostics, FunctionDeclaration function)
    {
        var where = $"function {function.Name}";
        if (function.MemorySize is { } mb && !LambdaLimits.IsMemorySize(mb))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidMemorySize, $"{where}: memory size {mb} MB is outside Lambda's {LambdaLimits.MinMemoryMb}–{LambdaLimits.MaxMemoryMb} MB"));
        }

        if (function.Timeout is { } seconds && !LambdaLimits.IsTimeout(seconds))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidTimeout, $"{where}: timeout {seconds} s is outside Lambda's {LambdaLimits.MinTimeoutSeconds}–{LambdaLimits.MaxTimeoutSeconds} s"));
        }

        if (function.Architecture is { } architecture && !Architectures.Contains(architecture, StringComparer.Ordinal))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidArchitecture, $"{where}: architecture '{architecture}' is not {string.Join(" or ", Architectures)}"));
        }

        if (function.LogRetentionDays is { } days && !LambdaLimits.IsLogRetention(days))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidLogRetention, $"{where}: log retention {days} days is not one CloudWatch accepts ({string.Join(", ", LambdaLimits.LogRetentionDays)})"));
        }
    }

    private static void CheckPackagePath(List<ServerlessDiagnostic> diagnostics, IaCSettings settings, string architecture, string function)
    {
        if (!settings.PackagePaths.TryGetValue(architecture, out var path) || string.IsNullOrWhiteSpace(path))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidPackagePath, $"function {function} runs on {architecture} but no {architecture} package zip was given; publish for that architecture"));
        }
        else if (path.Contains('\\', StringComparison.Ordinal) || path.StartsWith('/') || Path.IsPathRooted(path) || path.Contains('"', StringComparison.Ordinal))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidPackagePath, $"the {architecture} package path '{path}' must be relative to the IaC folder, with forward slashes"));
        }
    }
}
