using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.IaC;

/// <summary>
/// Project-level defaults the build supplies (<c>ServerlessMemorySize</c>, <c>ServerlessTimeout</c>, …). A function's
/// own declaration wins over these; <see cref="IaCSettingsValidator"/> checks both.
/// </summary>
public sealed record IaCSettings
{
    /// <summary>Default memory in MB (128–10240).</summary>
    public int MemorySize { get; init; } = SettingDefaults.MemoryMb;

    /// <summary>Default timeout in seconds (1–900).</summary>
    public int Timeout { get; init; } = SettingDefaults.TimeoutSeconds;

    /// <summary>Default architecture: <c>x86_64</c> or <c>arm64</c>.</summary>
    public string Architecture { get; init; } = SettingDefaults.Architecture;

    /// <summary>Default log retention in days; one of <see cref="IaCSettingsValidator.LogRetentionValues"/>.</summary>
    public int LogRetentionDays { get; init; } = SettingDefaults.LogRetentionDays;

    /// <summary>The Lambda runtime: <c>provided.al2023</c> (default) or <c>provided.al2</c>.</summary>
    public string Runtime { get; init; } = SettingDefaults.Runtime;

    /// <summary>Whether to add CloudWatch alarms on Errors, Throttles and p99 Duration for every function.</summary>
    public bool Alarms { get; init; }

    /// <summary>
    /// The HTTP API stage: <c>$default</c> (auto-deployed, URL without a stage segment; what Serverless Framework
    /// always uses) or a name of letters, digits, hyphens and underscores.
    /// </summary>
    public string StageName { get; init; } = SettingDefaults.StageName;

    /// <summary>The KMS key the SNS topics are encrypted with (<c>ServerlessSnsKmsKeyId</c>).</summary>
    public string SnsKmsKeyId { get; init; } = SettingDefaults.SnsKmsKeyId;

    /// <summary>Whether the S3 buckets the IaC creates keep object versions (<c>ServerlessS3Versioning</c>).</summary>
    public bool S3Versioning { get; init; }

    /// <summary>Retries of a failed asynchronous invocation, 0–2 (<c>ServerlessAsyncMaxRetryAttempts</c>).</summary>
    public int AsyncMaxRetryAttempts { get; init; } = SettingDefaults.AsyncMaxRetryAttempts;

    /// <summary>Seconds an asynchronous event may wait, 60–21600 (<c>ServerlessAsyncMaxEventAgeSeconds</c>).</summary>
    public int AsyncMaxEventAgeSeconds { get; init; } = SettingDefaults.AsyncMaxEventAgeSeconds;

    /// <summary>Retries of a failing stream batch, 0–10000 (<c>ServerlessStreamMaxRetryAttempts</c>).</summary>
    public int StreamMaxRetryAttempts { get; init; } = SettingDefaults.StreamMaxRetryAttempts;

    /// <summary>Seconds before a stream record goes to the dead-letter queue, 60–604800 (<c>ServerlessStreamMaxRecordAgeSeconds</c>).</summary>
    public int StreamMaxRecordAgeSeconds { get; init; } = SettingDefaults.StreamMaxRecordAgeSeconds;

    /// <summary>Every route's steady rate limit, requests a second (<c>ServerlessHttpThrottlingRateLimit</c>).</summary>
    public int HttpThrottlingRateLimit { get; init; } = SettingDefaults.HttpThrottlingRateLimit;

    /// <summary>Every route's burst limit (<c>ServerlessHttpThrottlingBurstLimit</c>).</summary>
    public int HttpThrottlingBurstLimit { get; init; } = SettingDefaults.HttpThrottlingBurstLimit;

    /// <summary>The user's tags (<c>ServerlessTags</c>); <c>service</c> and <c>stage</c> are added to them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>
    /// Architecture → the function zip <c>dotnet publish</c> wrote for it, relative to the IaC output folder with
    /// forward slashes (e.g. <c>../bin/Release/net10.0/linux-arm64/publish/bootstrap.zip</c>). Every architecture a
    /// function uses needs one.
    /// </summary>
    public IReadOnlyDictionary<string, string> PackagePaths { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The IaC part of the project's settings, with the zips and the switches the build supplies.</summary>
    public static IaCSettings From(ProjectSettings settings, IReadOnlyDictionary<string, string> packagePaths, bool alarms, bool s3Versioning = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new IaCSettings
        {
            MemorySize = settings.MemoryMb,
            Timeout = settings.TimeoutSeconds,
            Architecture = settings.Architecture.Name,
            LogRetentionDays = settings.LogRetentionDays,
            Runtime = settings.Runtime.Name,
            StageName = settings.StageName,
            Alarms = alarms,
            S3Versioning = s3Versioning,
            SnsKmsKeyId = settings.SnsKmsKeyId,
            AsyncMaxRetryAttempts = settings.AsyncMaxRetryAttempts,
            AsyncMaxEventAgeSeconds = settings.AsyncMaxEventAgeSeconds,
            StreamMaxRetryAttempts = settings.StreamMaxRetryAttempts,
            StreamMaxRecordAgeSeconds = settings.StreamMaxRecordAgeSeconds,
            HttpThrottlingRateLimit = settings.HttpThrottlingRateLimit,
            HttpThrottlingBurstLimit = settings.HttpThrottlingBurstLimit,
            Tags = settings.Tags,
            PackagePaths = packagePaths,
        };
    }
}
