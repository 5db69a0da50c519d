using System.Globalization;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Settings;

/// <summary>
/// Every <c>Serverless*</c> property, parsed and validated once: the build's early check, the measurement, the cost
/// estimate and the IaC all read their settings from here, so a bad value has one code and one message wherever
/// it is read, and an unset one the same default (<see cref="SettingDefaults"/>).
/// </summary>
public sealed record ProjectSettings
{
    /// <summary>The configured architecture.</summary>
    public LambdaInstructionSet Architecture { get; init; } = SettingDefaults.Architecture;

    /// <summary>Where the functions run: <see cref="ServerlessPlatforms.Aws"/> or <see cref="ServerlessPlatforms.Azure"/>.</summary>
    public string Platform { get; init; } = SettingDefaults.Platform;

    /// <summary>The Azure hosting plan the Bicep creates, one of <see cref="IaC.Azure.AzurePlans"/>.</summary>
    public string AzurePlan { get; init; } = SettingDefaults.AzurePlan;

    /// <summary>The functions' memory size in MB, for functions that do not declare one and for the cost; on Flex Consumption the instance memory.</summary>
    public int MemoryMb { get; init; } = SettingDefaults.MemoryMb;

    /// <summary>The timeout in seconds for functions that do not declare one.</summary>
    public int TimeoutSeconds { get; init; } = SettingDefaults.TimeoutSeconds;

    /// <summary>The log retention in days for functions that do not declare one.</summary>
    public int LogRetentionDays { get; init; } = SettingDefaults.LogRetentionDays;

    /// <summary>The Lambda runtime.</summary>
    public OsOnlyRuntime Runtime { get; init; } = SettingDefaults.Runtime;

    /// <summary>The HTTP API stage.</summary>
    public string StageName { get; init; } = SettingDefaults.StageName;

    /// <summary>The IaC formats to write, as <see cref="IaC.IaCFormats"/> names.</summary>
    public IReadOnlyList<string> IaCFormats { get; init; } = SettingDefaults.IaCFormats;

    /// <summary>The KMS key of the SNS topics the IaC creates.</summary>
    public string SnsKmsKeyId { get; init; } = SettingDefaults.SnsKmsKeyId;

    /// <summary>Retries of a failed asynchronous invocation (EventBridge, schedules, SNS, S3).</summary>
    public int AsyncMaxRetryAttempts { get; init; } = SettingDefaults.AsyncMaxRetryAttempts;

    /// <summary>How long an asynchronous event may wait before it goes to the dead-letter queue, in seconds.</summary>
    public int AsyncMaxEventAgeSeconds { get; init; } = SettingDefaults.AsyncMaxEventAgeSeconds;

    /// <summary>Retries of a failing Kinesis or DynamoDB stream batch.</summary>
    public int StreamMaxRetryAttempts { get; init; } = SettingDefaults.StreamMaxRetryAttempts;

    /// <summary>The age after which a stream record goes to the dead-letter queue, in seconds.</summary>
    public int StreamMaxRecordAgeSeconds { get; init; } = SettingDefaults.StreamMaxRecordAgeSeconds;

    /// <summary>Every HTTP API route's steady-state request rate limit.</summary>
    public int HttpThrottlingRateLimit { get; init; } = SettingDefaults.HttpThrottlingRateLimit;

    /// <summary>Every HTTP API route's burst limit.</summary>
    public int HttpThrottlingBurstLimit { get; init; } = SettingDefaults.HttpThrottlingBurstLimit;

    /// <summary>The user's tags (<c>ServerlessTags</c>), in the order declared.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];

    /// <summary>Expected invocations a month, for the cost.</summary>
    public long MonthlyInvocations { get; init; } = SettingDefaults.MonthlyInvocations;

    /// <summary>The fraction of invocations assumed cold, for the cost.</summary>
    public double ColdStartRate { get; init; } = SettingDefaults.ColdStartRate;

    /// <summary>The budgets for the kind of output parsed for.</summary>
    public FunctionBudgets Budgets { get; init; } = FunctionBudgets.BuildDefaults;

    /// <summary>
    /// Parses <paramref name="input"/> for a build or a publish (which differ only in the default budgets). Never
    /// throws for a bad value: each is an error with its property's code and keeps its default, so the rest can
    /// still be checked and every mistake is reported at once.
    /// </summary>
    public static (ProjectSettings Settings, IReadOnlyList<ServerlessDiagnostic> Diagnostics) Parse(ProjectSettingsInput input, MeasurementKind kind)
    {
        ArgumentNullException.ThrowIfNull(input);
        var diagnostics = new List<ServerlessDiagnostic>();
        var read = new SettingReader(diagnostics);
        var budgets = BudgetParser.Parse(input.Budgets, kind);
        diagnostics.AddRange(budgets.Diagnostics);
        var platform = read.Choice(input.Platform, "ServerlessPlatform", DiagnosticCodes.UnknownPlatform, ServerlessPlatforms.All, p => p, SettingDefaults.Platform);
        var azurePlan = read.Choice(input.AzurePlan, "ServerlessAzurePlan", DiagnosticCodes.UnknownAzurePlan, IaC.Azure.AzurePlans.All, p => p, SettingDefaults.AzurePlan);
        var settings = new ProjectSettings
        {
            Architecture = read.Choice(input.Architecture, "ServerlessArchitecture", DiagnosticCodes.UnknownArchitecture, LambdaInstructionSet.All, a => a.Name, SettingDefaults.Architecture),
            Platform = platform,
            AzurePlan = azurePlan,
            // On Flex Consumption the same property is the instance memory: main.bicep's and the cost estimate's.
            MemoryMb = platform == ServerlessPlatforms.Azure && azurePlan == IaC.Azure.AzurePlans.Flex
                ? int.Parse(read.Choice(input.MemorySize, "ServerlessMemorySize", DiagnosticCodes.InvalidMemorySize, SettingDefaults.AzureInstanceMemorySizes, m => m, SettingDefaults.AzureInstanceMemoryMb.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture)
                : read.Whole(input.MemorySize, "ServerlessMemorySize", DiagnosticCodes.InvalidMemorySize, SettingDefaults.MinMemoryMb, SettingDefaults.MaxMemoryMb, "MB", SettingDefaults.MemoryMb),
            TimeoutSeconds = read.Whole(input.Timeout, "ServerlessTimeout", DiagnosticCodes.IaCInvalidTimeout, SettingDefaults.MinTimeoutSeconds, SettingDefaults.MaxTimeoutSeconds, "seconds", SettingDefaults.TimeoutSeconds),
            LogRetentionDays = read.Retention(input.LogRetentionDays),
            Runtime = read.Choice(input.Runtime, "ServerlessRuntime", DiagnosticCodes.UnknownRuntime, OsOnlyRuntimes.All, r => r.Name, SettingDefaults.Runtime),
            StageName = read.Stage(input.StageName),
            IaCFormats = read.Formats(input.IaCFormats),
            SnsKmsKeyId = read.KmsKey(input.SnsKmsKeyId, "ServerlessSnsKmsKeyId", SettingDefaults.SnsKmsKeyId),
            AsyncMaxRetryAttempts = read.Whole(input.AsyncMaxRetryAttempts, "ServerlessAsyncMaxRetryAttempts", DiagnosticCodes.IaCInvalidFailureHandling, 0, SettingDefaults.MaxAsyncRetryAttempts, "retries", SettingDefaults.AsyncMaxRetryAttempts),
            AsyncMaxEventAgeSeconds = read.Whole(input.AsyncMaxEventAgeSeconds, "ServerlessAsyncMaxEventAgeSeconds", DiagnosticCodes.IaCInvalidFailureHandling, SettingDefaults.MinAsyncEventAgeSeconds, SettingDefaults.AsyncMaxEventAgeSeconds, "seconds", SettingDefaults.AsyncMaxEventAgeSeconds),
            StreamMaxRetryAttempts = read.Whole(input.StreamMaxRetryAttempts, "ServerlessStreamMaxRetryAttempts", DiagnosticCodes.IaCInvalidFailureHandling, 0, SettingDefaults.MaxStreamRetryAttempts, "retries", SettingDefaults.StreamMaxRetryAttempts),
            StreamMaxRecordAgeSeconds = read.Whole(input.StreamMaxRecordAgeSeconds, "ServerlessStreamMaxRecordAgeSeconds", DiagnosticCodes.IaCInvalidFailureHandling, SettingDefaults.MinStreamRecordAgeSeconds, SettingDefaults.MaxStreamRecordAgeSeconds, "seconds", SettingDefaults.StreamMaxRecordAgeSeconds),
            HttpThrottlingRateLimit = read.Whole(input.HttpThrottlingRateLimit, "ServerlessHttpThrottlingRateLimit", DiagnosticCodes.IaCInvalidThrottling, 1, SettingDefaults.MaxHttpThrottlingLimit, "requests a second", SettingDefaults.HttpThrottlingRateLimit),
            HttpThrottlingBurstLimit = read.Whole(input.HttpThrottlingBurstLimit, "ServerlessHttpThrottlingBurstLimit", DiagnosticCodes.IaCInvalidThrottling, 1, SettingDefaults.MaxHttpThrottlingLimit, "requests", SettingDefaults.HttpThrottlingBurstLimit),
            Tags = read.Tags(input.Tags),
            MonthlyInvocations = read.Invocations(input.ExpectedMonthlyInvocations),
            ColdStartRate = read.Fraction(input.ColdStartRate),
            Budgets = budgets.Budgets,
        };
        read.TriggerType(input.TriggerType);
        read.Choice(input.TaskHost, "ServerlessTaskHost", DiagnosticCodes.UnknownTaskHost, TaskHosts, h => h, TaskHosts[0]);
        read.File(input.StartupEventFile);
        foreach (var (name, value) in input.Switches.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            read.Switch(value, name);
        }

        return (settings, diagnostics);
    }

    /// <summary><c>ServerlessTaskHost</c>'s values: where the build runs the package's tasks (the targets read it; here it is only checked).</summary>
    private static readonly string[] TaskHosts = ["InProcess", "OutOfProcess"];

    /// <summary>True for a stage name API Gateway accepts: <c>$default</c>, or 1–128 letters, digits, <c>-</c> and <c>_</c>.</summary>
    public static bool IsValidStageName(string stage) =>
        stage == "$default" || (stage.Length is > 0 and <= 128 && stage.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));
}
