using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Settings;

/// <summary>
/// The one place the project-level defaults live: what an unset <c>Serverless*</c> property means for measurement,
/// cost and IaC alike. Budget defaults depend on build or publish and live in <see cref="Budgets.FunctionBudgets"/>.
/// </summary>
public static class SettingDefaults
{
    /// <summary><c>ServerlessMemorySize</c>: 256 MB, where Native AOT functions start well (and what the IaC deploys).</summary>
    public const int MemoryMb = 256;

    /// <summary>Lambda's smallest memory size, in MB.</summary>
    public const int MinMemoryMb = Rules.LambdaLimits.MinMemoryMb;

    /// <summary>Lambda's largest memory size, in MB.</summary>
    public const int MaxMemoryMb = Rules.LambdaLimits.MaxMemoryMb;

    /// <summary><c>ServerlessTimeout</c>: 30 s, API Gateway's HTTP API integration limit.</summary>
    public const int TimeoutSeconds = 30;

    /// <summary>Lambda's shortest timeout, in seconds.</summary>
    public const int MinTimeoutSeconds = Rules.LambdaLimits.MinTimeoutSeconds;

    /// <summary>Lambda's longest timeout, in seconds.</summary>
    public const int MaxTimeoutSeconds = Rules.LambdaLimits.MaxTimeoutSeconds;

    /// <summary>API Gateway's longest integration timeout for an HTTP API, in seconds (SLS4015 above it).</summary>
    public const int HttpApiIntegrationTimeoutSeconds = Rules.LambdaLimits.HttpApiIntegrationTimeoutSeconds;

    /// <summary><c>ServerlessLogRetentionDays</c>: 14 days.</summary>
    public const int LogRetentionDays = 14;

    /// <summary><c>ServerlessArchitecture</c> when neither the property nor the runtime identifier says: x86_64.</summary>
    public static LambdaInstructionSet Architecture => LambdaInstructionSet.X64;

    /// <summary><c>ServerlessRuntime</c>: Amazon Linux 2023.</summary>
    public static OsOnlyRuntime Runtime => OsOnlyRuntimes.ProvidedAl2023;

    /// <summary><c>ServerlessStageName</c>: the auto-deployed HTTP API stage.</summary>
    public const string StageName = "$default";

    /// <summary><c>ServerlessPlatform</c>: AWS Lambda.</summary>
    public const string Platform = ServerlessPlatforms.Aws;

    /// <summary><c>ServerlessAzurePlan</c>: Flex Consumption, Azure's scale-to-zero plan.</summary>
    public const string AzurePlan = IaC.Azure.AzurePlans.Flex;

    /// <summary>
    /// <c>ServerlessMemorySize</c> on Flex Consumption: the instance memory main.bicep sets
    /// (<c>functionAppConfig.scaleAndConcurrency.instanceMemoryMB</c>) and the cost estimate bills, 2,048 MB (1 core).
    /// </summary>
    public const int AzureInstanceMemoryMb = 2048;

    /// <summary>The instance memory sizes Flex Consumption offers, in MB (0.25, 1 and 2 cores).</summary>
    public static IReadOnlyList<string> AzureInstanceMemorySizes { get; } = ["512", "2048", "4096"];

    /// <summary>The route prefix of Azure Functions HTTP triggers (host.json <c>extensions.http.routePrefix</c>).</summary>
    public const string AzureRoutePrefix = "api";

    /// <summary><c>ServerlessIaCFormats</c>: SAM and Terraform.</summary>
    public static IReadOnlyList<string> IaCFormats { get; } = ["sam", "terraform"];

    /// <summary><c>ServerlessExpectedMonthlyInvocations</c>: 1,000,000, the free tier's request allowance.</summary>
    public const long MonthlyInvocations = 1_000_000;

    /// <summary>
    /// <c>ServerlessColdStartRate</c>: 0.01, i.e. 1% of invocations are cold, a common rule of thumb for steady
    /// production traffic; spiky or rare traffic sees far more.
    /// </summary>
    public const double ColdStartRate = 0.01;

    /// <summary><c>ServerlessSnsKmsKeyId</c>: the AWS managed SNS key; a customer key is needed when AWS services publish.</summary>
    public const string SnsKmsKeyId = "alias/aws/sns";

    /// <summary>The AWS managed Kinesis key every stream the IaC creates is encrypted with.</summary>
    public const string KinesisKmsKeyId = "alias/aws/kinesis";

    /// <summary><c>ServerlessAsyncMaxRetryAttempts</c>: Lambda's own default, now explicit (0–2).</summary>
    public const int AsyncMaxRetryAttempts = 2;

    /// <summary>Lambda's largest retry count for asynchronous invocations.</summary>
    public const int MaxAsyncRetryAttempts = 2;

    /// <summary><c>ServerlessAsyncMaxEventAgeSeconds</c>: six hours, Lambda's own default and maximum.</summary>
    public const int AsyncMaxEventAgeSeconds = 21_600;

    /// <summary>Lambda's shortest maximum event age, in seconds.</summary>
    public const int MinAsyncEventAgeSeconds = 60;

    /// <summary>
    /// <c>ServerlessStreamMaxRetryAttempts</c>: a poison record is retried three times (after bisecting) and then sent
    /// to the function's dead-letter queue instead of blocking its shard until the record expires.
    /// </summary>
    public const int StreamMaxRetryAttempts = 3;

    /// <summary>Lambda's largest retry count for a stream event source mapping.</summary>
    public const int MaxStreamRetryAttempts = 10_000;

    /// <summary><c>ServerlessStreamMaxRecordAgeSeconds</c>: one day, then the record goes to the dead-letter queue.</summary>
    public const int StreamMaxRecordAgeSeconds = 86_400;

    /// <summary>Lambda's shortest maximum record age for a stream mapping, in seconds.</summary>
    public const int MinStreamRecordAgeSeconds = 60;

    /// <summary>Lambda's longest maximum record age for a stream mapping, in seconds (seven days).</summary>
    public const int MaxStreamRecordAgeSeconds = 604_800;

    /// <summary>
    /// <c>ServerlessHttpThrottlingRateLimit</c>: 100 requests a second for every route, a ceiling on what a runaway
    /// client can cost; raise it for real traffic.
    /// </summary>
    public const int HttpThrottlingRateLimit = 100;

    /// <summary><c>ServerlessHttpThrottlingBurstLimit</c>: 200 requests at once.</summary>
    public const int HttpThrottlingBurstLimit = 200;

    /// <summary>API Gateway's account-level ceiling, the largest route limit that means anything.</summary>
    public const int MaxHttpThrottlingLimit = 10_000;

    /// <summary>The tags the IaC puts on every taggable resource itself; <c>ServerlessTags</c> may not set them.</summary>
    public static IReadOnlyList<string> GeneratedTagKeys { get; } = ["service", "stage"];

    /// <summary>AWS's 50 tags a resource, less the generated ones.</summary>
    public const int MaxUserTags = 48;
}
