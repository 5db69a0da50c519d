using Microsoft.Build.Framework;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Build.Tasks;

/// <summary>
/// Checks every <c>Serverless*</c> property before anything is compiled, so a typo fails <c>dotnet build</c> in a
/// second instead of after a Native AOT publish. The rules are <see cref="ProjectSettings.Parse"/>'s, the same the
/// measurement and the IaC read their settings with.
/// </summary>
public sealed class ServerlessValidateSettings : ServerlessSettingsTask
{
    /// <summary>The project file, which the errors point at.</summary>
    public string? ProjectFile { get; set; }

    /// <inheritdoc/>
    public override bool Execute() => DiagnosticLog.Guard(Log, nameof(ServerlessValidateSettings), Run);

    private bool Run()
    {
        // Build or publish only changes the default budgets, never whether a value is valid.
        var (_, diagnostics) = ParseSettings(MeasurementKind.Build);
        Log.LogMessage(MessageImportance.Low, $"ServerlessSdk: {diagnostics.Count} problem(s) in the Serverless* properties");
        return DiagnosticLog.Report(Log, diagnostics.Select(d => d.File is null && ProjectFile is not null ? d with { File = ProjectFile } : d)) && !Log.HasLoggedErrors;
    }
}
