using Microsoft.Build.Framework;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Build.Tasks;

/// <summary>
/// Checks every <c>Serverless*</c> property before anything is compiled, so a typo fails <c>dotnet build</c> in a
/// second instead of after a Native AOT publish. The rules are <see cref="ProjectSettings.Parse"/>'s, the same the
/// measurement and the IaC read their settings with.
/// </summary>
public sealed class ServerlessValidateSettings : ServerlessBudgetTask
{
    /// <summary>The project file, which the errors point at.</summary>
    public string? ProjectFile { get; set; }

    /// <summary><c>ServerlessPlatform</c>.</summary>
    public string? Platform { get; set; }

    /// <summary><c>ServerlessAzurePlan</c>.</summary>
    public string? AzurePlan { get; set; }

    /// <summary><c>ServerlessArchitecture</c> as the user set it.</summary>
    public string? Architecture { get; set; }

    /// <summary><c>ServerlessMemorySize</c>.</summary>
    public string? MemorySize { get; set; }

    /// <summary><c>ServerlessTimeout</c>.</summary>
    public string? Timeout { get; set; }

    /// <summary><c>ServerlessLogRetentionDays</c>.</summary>
    public string? LogRetentionDays { get; set; }

    /// <summary><c>ServerlessRuntime</c>.</summary>
    public string? Runtime { get; set; }

    /// <summary><c>ServerlessStageName</c>.</summary>
    public string? StageName { get; set; }

    /// <summary><c>ServerlessIaCFormats</c>.</summary>
    public string? IaCFormats { get; set; }

    /// <summary><c>ServerlessSnsKmsKeyId</c>.</summary>
    public string? SnsKmsKeyId { get; set; }

    /// <summary><c>ServerlessAsyncMaxRetryAttempts</c>.</summary>
    public string? AsyncMaxRetryAttempts { get; set; }

    /// <summary><c>ServerlessAsyncMaxEventAgeSeconds</c>.</summary>
    public string? AsyncMaxEventAgeSeconds { get; set; }

    /// <summary><c>ServerlessStreamMaxRetryAttempts</c>.</summary>
    public string? StreamMaxRetryAttempts { get; set; }

    /// <summary><c>ServerlessStreamMaxRecordAgeSeconds</c>.</summary>
    public string? StreamMaxRecordAgeSeconds { get; set; }

    /// <summary><c>ServerlessHttpThrottlingRateLimit</c>.</summary>
    public string? HttpThrottlingRateLimit { get; set; }

    /// <summary><c>ServerlessHttpThrottlingBurstLimit</c>.</summary>
    public string? HttpThrottlingBurstLimit { get; set; }

    /// <summary><c>ServerlessTags</c>.</summary>
    public string? Tags { get; set; }

    /// <summary><c>ServerlessTriggerType</c>.</summary>
    public string? TriggerType { get; set; }

    /// <summary><c>ServerlessStartupEvent</c>, resolved against the project folder.</summary>
    public string? StartupEventFile { get; set; }

    /// <summary><c>ServerlessExpectedMonthlyInvocations</c>.</summary>
    public string? ExpectedMonthlyInvocations { get; set; }

    /// <summary><c>ServerlessColdStartRate</c>.</summary>
    public string? ColdStartRate { get; set; }

    /// <summary>Boolean properties as <c>Name=value</c> items (item spec the property name, metadata <c>Value</c>).</summary>
    public ITaskItem[] Switches { get; set; } = [];

    /// <inheritdoc/>
    public override bool Execute() => DiagnosticLog.Guard(Log, nameof(ServerlessValidateSettings), Run);

    private bool Run()
    {
        var input = new ProjectSettingsInput
        {
            Platform = Platform,
            AzurePlan = AzurePlan,
            Architecture = Architecture,
            MemorySize = MemorySize,
            Timeout = Timeout,
            LogRetentionDays = LogRetentionDays,
            Runtime = Runtime,
            StageName = StageName,
            IaCFormats = IaCFormats,
            SnsKmsKeyId = SnsKmsKeyId,
            AsyncMaxRetryAttempts = AsyncMaxRetryAttempts,
            AsyncMaxEventAgeSeconds = AsyncMaxEventAgeSeconds,
            StreamMaxRetryAttempts = StreamMaxRetryAttempts,
            StreamMaxRecordAgeSeconds = StreamMaxRecordAgeSeconds,
            HttpThrottlingRateLimit = HttpThrottlingRateLimit,
            HttpThrottlingBurstLimit = HttpThrottlingBurstLimit,
            Tags = Tags,
            TriggerType = TriggerType,
            StartupEventFile = StartupEventFile,
            ExpectedMonthlyInvocations = ExpectedMonthlyInvocations,
            ColdStartRate = ColdStartRate,
            Budgets = BudgetInputs(),
            Switches = Switches.ToDictionary(s => s.ItemSpec, s => (string?)s.GetMetadata("Value"), StringComparer.Ordinal),
        };

        // Build or publish only changes the default budgets, never whether a value is valid.
        var (_, diagnostics) = ProjectSettings.Parse(input, MeasurementKind.Build);
        Log.LogMessage(MessageImportance.Low, $"ServerlessSdk: {diagnostics.Count} problem(s) in the Serverless* properties");
        return DiagnosticLog.Report(Log, diagnostics.Select(d => d.File is null && ProjectFile is not null ? d with { File = ProjectFile } : d)) && !Log.HasLoggedErrors;
    }
}
