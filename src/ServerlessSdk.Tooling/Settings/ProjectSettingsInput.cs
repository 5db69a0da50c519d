using ServerlessSdk.Tooling.Budgets;

namespace ServerlessSdk.Tooling.Settings;

/// <summary>
/// The <c>Serverless*</c> properties exactly as MSBuild has them: strings, empty when the project does not set them.
/// <see cref="ProjectSettings.Parse"/> validates and resolves them.
/// </summary>
public sealed record ProjectSettingsInput
{
    /// <summary><c>ServerlessArchitecture</c>: <c>x86_64</c> or <c>arm64</c>.</summary>
    public string? Architecture { get; init; }

    /// <summary><c>ServerlessPlatform</c>: <c>aws</c> or <c>azure</c>.</summary>
    public string? Platform { get; init; }

    /// <summary><c>ServerlessAzurePlan</c>: <c>flex</c>, <c>premium</c> or <c>dedicated</c>.</summary>
    public string? AzurePlan { get; init; }

    /// <summary><c>ServerlessMemorySize</c>: MB, 128–10,240.</summary>
    public string? MemorySize { get; init; }

    /// <summary><c>ServerlessTimeout</c>: seconds, 1–900.</summary>
    public string? Timeout { get; init; }

    /// <summary><c>ServerlessLogRetentionDays</c>: a CloudWatch Logs retention.</summary>
    public string? LogRetentionDays { get; init; }

    /// <summary><c>ServerlessRuntime</c>: <c>provided.al2023</c> or <c>provided.al2</c>.</summary>
    public string? Runtime { get; init; }

    /// <summary><c>ServerlessStageName</c>: <c>$default</c> or letters, digits, <c>-</c> and <c>_</c>.</summary>
    public string? StageName { get; init; }

    /// <summary><c>ServerlessIaCFormats</c>: <c>sam</c>, <c>terraform</c>, <c>serverless</c>, separated by <c>;</c>.</summary>
    public string? IaCFormats { get; init; }

    /// <summary><c>ServerlessSnsKmsKeyId</c>: the KMS key the SNS topics are encrypted with.</summary>
    public string? SnsKmsKeyId { get; init; }

    /// <summary><c>ServerlessAsyncMaxRetryAttempts</c>: 0–2.</summary>
    public string? AsyncMaxRetryAttempts { get; init; }

    /// <summary><c>ServerlessAsyncMaxEventAgeSeconds</c>: 60–21600.</summary>
    public string? AsyncMaxEventAgeSeconds { get; init; }

    /// <summary><c>ServerlessStreamMaxRetryAttempts</c>: 0–10000.</summary>
    public string? StreamMaxRetryAttempts { get; init; }

    /// <summary><c>ServerlessStreamMaxRecordAgeSeconds</c>: 60–604800.</summary>
    public string? StreamMaxRecordAgeSeconds { get; init; }

    /// <summary><c>ServerlessHttpThrottlingRateLimit</c>: requests a second, 1–10000.</summary>
    public string? HttpThrottlingRateLimit { get; init; }

    /// <summary><c>ServerlessHttpThrottlingBurstLimit</c>: concurrent requests, 1–10000.</summary>
    public string? HttpThrottlingBurstLimit { get; init; }

    /// <summary><c>ServerlessTags</c>: <c>key=value</c> pairs separated by <c>;</c>.</summary>
    public string? Tags { get; init; }

    /// <summary><c>ServerlessTriggerType</c>: the name of a sample event (<see cref="Measurement.SampleEvents.TriggerTypes"/>).</summary>
    public string? TriggerType { get; init; }

    /// <summary><c>ServerlessStartupEvent</c>, already resolved against the project folder.</summary>
    public string? StartupEventFile { get; init; }

    /// <summary><c>ServerlessExpectedMonthlyInvocations</c>.</summary>
    public string? ExpectedMonthlyInvocations { get; init; }

    /// <summary><c>ServerlessColdStartRate</c>: 0–1.</summary>
    public string? ColdStartRate { get; init; }

    /// <summary><c>ServerlessTaskHost</c>: <c>InProcess</c> or <c>OutOfProcess</c>.</summary>
    public string? TaskHost { get; init; }

    /// <summary>The budget properties.</summary>
    public BudgetInputs Budgets { get; init; } = new();

    /// <summary>Boolean properties by name (<c>ServerlessIaC</c>, <c>ServerlessAlarms</c>, …): each empty, <c>true</c> or <c>false</c>.</summary>
    public IReadOnlyDictionary<string, string?> Switches { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);
}
