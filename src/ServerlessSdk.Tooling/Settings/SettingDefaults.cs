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
    public const string Architecture = "x86_64";

    /// <summary><c>ServerlessRuntime</c>: Amazon Linux 2023.</summary>
    public const string Runtime = "provided.al2023";

    /// <summary><c>ServerlessStageName</c>: the auto-deployed HTTP API stage.</summary>
    public const string StageName = "$default";

    /// <summary><c>ServerlessIaCFormats</c>: SAM and Terraform.</summary>
    public static IReadOnlyList<string> IaCFormats { get; } = ["sam", "terraform"];

    /// <summary><c>ServerlessExpectedMonthlyInvocations</c>: 1,000,000, the free tier's request allowance.</summary>
    public const long MonthlyInvocations = 1_000_000;

    /// <summary>
    /// <c>ServerlessColdStartRate</c>: 0.01, i.e. 1% of invocations are cold, a common rule of thumb for steady
    /// production traffic; spiky or rare traffic sees far more.
    /// </summary>
    public const double ColdStartRate = 0.01;
}
