using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Settings;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Tooling.IaC;

/// <summary>Checks settings and each function's overrides against what Lambda, CloudWatch and API Gateway accept.</summary>
public static class IaCSettingsValidator
{
    /// <summary>The retention periods CloudWatch Logs accepts (PutRetentionPolicy).</summary>
    public static IReadOnlyList<int> LogRetentionValues => LambdaLimits.LogRetentionDays;

    /// <summary>The OS-only runtimes a Native AOT <c>bootstrap</c> runs on.</summary>
    public static IReadOnlyList<string> Runtimes { get; } = [.. Platform.OsOnlyRuntimes.All.Select(r => r.Name)];

    /// <summary>The architectures Lambda offers.</summary>
    public static IReadOnlyList<string> Architectures { get; } = [.. Platform.LambdaInstructionSet.All.Select(a => a.Name)];

    /// <summary>Every problem with <paramref name="settings"/> and the manifest's per-function values, as errors.</summary>
    public static IReadOnlyList<ServerlessDiagnostic> Validate(IaCSettings settings, ServiceManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(manifest);
        var diagnostics = new List<ServerlessDiagnostic>();
        CheckValues(diagnostics, settings.MemorySize, settings.Timeout, settings.Architecture, settings.LogRetentionDays, "project default");
        if (!Runtimes.Contains(settings.Runtime, StringComparer.Ordinal))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidRuntime, $"runtime '{settings.Runtime}' is not one a Native AOT bootstrap runs on; use {string.Join(" or ", Runtimes)}"));
        }

        if (!ProjectSettings.IsValidStageName(settings.StageName))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidStageName, $"HTTP API stage '{settings.StageName}' is not valid; use $default or 1–128 letters, digits, hyphens and underscores"));
        }

        if (!Naming.IsServiceName(manifest.Service))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidServiceName, $"service name '{manifest.Service}' must be 1–40 lowercase letters, digits and hyphens, starting with a letter (set ServerlessServiceName)"));
        }

        foreach (var function in manifest.Functions)
        {
            // Only a function's own values: a bad default is reported once, above.
            CheckValues(diagnostics, function.MemorySize, function.Timeout, function.Architecture, function.LogRetentionDays, $"function {function.Name}");
            var architecture = function.Architecture ?? settings.Architecture;
            if (Architectures.Contains(architecture, StringComparer.Ordinal))
            {
                CheckPackagePath(diagnostics, settings, architecture, function.Name);
            }
        }

        return diagnostics;
    }

    private static void CheckValues(List<ServerlessDiagnostic> diagnostics, int? memory, int? timeout, string? architecture, int? retention, string where)
    {
        if (memory is { } mb && !LambdaLimits.IsMemorySize(mb))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidMemorySize, $"{where}: memory size {memory} MB is outside Lambda's 128–10240 MB"));
        }

        if (timeout is { } seconds && !LambdaLimits.IsTimeout(seconds))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidTimeout, $"{where}: timeout {timeout} s is outside Lambda's 1–900 s"));
        }

        if (architecture is not null && !Architectures.Contains(architecture, StringComparer.Ordinal))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidArchitecture, $"{where}: architecture '{architecture}' is not x86_64 or arm64"));
        }

        if (retention is { } days && !LambdaLimits.IsLogRetention(days))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidLogRetention, $"{where}: log retention {retention} days is not one CloudWatch accepts ({string.Join(", ", LogRetentionValues)})"));
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
