using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Build.Tasks;

/// <summary>
/// Every <c>Serverless*</c> project setting as the targets pass it (raw strings, empty when unset), for the tasks that
/// read settings: one list of parameters feeding the one parser, <see cref="ProjectSettings.Parse"/>, so a task
/// cannot take a setting under another name or parse it its own way. A task is given only the settings it uses.
/// </summary>
public abstract class ServerlessSettingsTask : ServerlessBudgetTask
{
    /// <summary><c>ServerlessPlatform</c>.</summary>
    public string? Platform { get; set; }

    /// <summary><c>ServerlessAzurePlan</c>.</summary>
    public string? AzurePlan { get; set; }

    /// <summary><c>ServerlessArchitecture</c>.</summary>
    public string? Architecture { get; set; }

    /// <summary><c>ServerlessMemorySize</c> (MB; the default of functions that declare none).</summary>
    public string? MemorySize { get; set; }

    /// <summary><c>ServerlessTimeout</c> (seconds).</summary>
    public string? Timeout { get; set; }

    /// <summary><c>ServerlessLogRetentionDays</c>.</summary>
    public string? LogRetentionDays { get; set; }

    /// <summary><c>ServerlessRuntime</c>.</summary>
    public string? Runtime { get; set; }

    /// <summary><c>ServerlessStageName</c>.</summary>
    public string? StageName { get; set; }

    /// <summary><c>ServerlessIaCFormats</c>; unset means the default (SettingDefaults.IaCFormats).</summary>
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

    /// <summary><c>ServerlessTaskHost</c>.</summary>
    public string? TaskHost { get; set; }

    /// <summary>Boolean properties as <c>Name=value</c> (<c>ServerlessIaC=false</c>, …).</summary>
    public string[] Switches { get; set; } = [];

    /// <summary>The settings parsed for a build or a publish (which differ only in the default budgets).</summary>
    protected (ProjectSettings Settings, IReadOnlyList<ServerlessDiagnostic> Diagnostics) ParseSettings(MeasurementKind kind, string? platform = null) =>
        ProjectSettings.Parse(SettingsInput() with { Platform = platform ?? Platform }, kind);

    /// <summary>The parameters as the settings parser takes them, for a task that hands them on (the measurement).</summary>
    protected ProjectSettingsInput SettingsInput() =>
        new()
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
            TaskHost = TaskHost,
            Budgets = BudgetInputs(),
            Switches = Switches.Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : null, StringComparer.Ordinal),
        };
}
