// The one registry of diagnostic codes: compiled into ServerlessSdk.Tooling (the build tasks and the tool use it) and
// linked into the source generator (netstandard2.0), whose descriptors take their ids from here. Plain constants only.
#if NETSTANDARD2_0
namespace ServerlessSdk.Functions.Generator;
#else
namespace ServerlessSdk.Tooling.Diagnostics;
#endif

/// <summary>
/// Every diagnostic code ServerlessSdk defines. Codes never change meaning; each has a page under
/// <c>docs/diagnostics/</c>. Measurement and the startup probe use SLS2000–SLS2999, budgets and cost inputs
/// SLS3000–SLS3999, IaC declarations (compile time, the generator's own descriptors) SLS4000–SLS4099 and IaC
/// emission SLS4100–SLS4199, publish artifacts and target-runtime checks SLS5000–SLS5999, the <c>dotnet new</c>
/// template pack SLS6000–SLS6099 and the <c>dotnet serverless</c> tool SLS6100–SLS6199; Azure Functions files SLS4200–SLS4249, the
/// Azure zip SLS3030–SLS3039 and the local Azure host SLS6200–SLS6229.
/// </summary>
#if NETSTANDARD2_0
internal
#else
public
#endif
static class DiagnosticCodes
{
    /// <summary>SLS2001: the startup probe could not start the function (missing file, not executable, wrong format).</summary>
    public const string ProbeLaunchFailed = "SLS2001";

    /// <summary>SLS2002: the function's process exited (crashed) during the startup probe; the message has the exit code and last output.</summary>
    public const string ProbeFunctionExited = "SLS2002";

    /// <summary>SLS2003: the function reported an init error (<c>/runtime/init/error</c>) during the startup probe.</summary>
    public const string ProbeInitError = "SLS2003";

    /// <summary>SLS2004: the function answered the probe's sample event with an invocation error.</summary>
    public const string ProbeInvocationError = "SLS2004";

    /// <summary>SLS2005: the function's response to the probe's sample event exceeded Lambda's 6 MB payload limit.</summary>
    public const string ProbeResponseTooLarge = "SLS2005";

    /// <summary>SLS2006: the function made a request the Runtime API refused (wrong request id, path or state).</summary>
    public const string ProbeProtocolError = "SLS2006";

    /// <summary>SLS2007: the function did not answer the probe in time; it was killed.</summary>
    public const string ProbeTimedOut = "SLS2007";

    /// <summary>SLS2008 (info): the startup probe was skipped because this machine cannot run the function.</summary>
    public const string ProbeSkipped = "SLS2008";

    /// <summary>SLS2050 (warning): a foreign executable run under emulation (qemu-user) failed or did not finish in time, so its cold start is unmeasured; the publish goes on.</summary>
    public const string ProbeUnmeasuredUnderEmulation = "SLS2050";

    /// <summary>SLS2010: no sample event exists for the trigger type.</summary>
    public const string UnknownTriggerType = "SLS2010";

    /// <summary>SLS2011: the startup event file (ServerlessStartupEvent) cannot be read.</summary>
    public const string StartupEventNotFound = "SLS2011";

    /// <summary>SLS2020: the folder whose package size is measured does not exist.</summary>
    public const string PackageFolderNotFound = "SLS2020";

    /// <summary>SLS2041: an Azure custom handler answered the startup probe's request through the local host with something other than the documented protocol.</summary>
    public const string ProbeAzureProtocolError = "SLS2041";

    /// <summary>SLS2042: the startup probe of an Azure project cannot read its app folder (host.json, function.json), so it was not probed.</summary>
    public const string ProbeAzureAppUnreadable = "SLS2042";

    /// <summary>SLS2040: the Native AOT compiler's size statistics (<c>.mstat</c>) are missing or unreadable, so the report has no breakdown of the executable.</summary>
    public const string SizeBreakdownUnavailable = "SLS2040";

    /// <summary>SLS2060: the package's targets called one of its tasks with a parameter it does not take or a missing one (a bug to report).</summary>
    public const string InvalidTaskInvocation = "SLS2060";

    /// <summary>SLS2061: the out-of-process task host (<c>dotnet ServerlessSdk.Build.dll</c>) could not start or failed without saying why.</summary>
    public const string TaskHostFailed = "SLS2061";

    /// <summary>SLS2062: <c>ServerlessTaskHost</c> is neither <c>InProcess</c> nor <c>OutOfProcess</c>.</summary>
    public const string UnknownTaskHost = "SLS2062";

    /// <summary>SLS2099: a ServerlessSdk.Build task failed unexpectedly (a bug to report, shown without a stack trace).</summary>
    public const string UnexpectedTaskFailure = "SLS2099";

    /// <summary>SLS2030: a project referencing ServerlessSdk.Build is not an executable (reported by the package's targets).</summary>
    public const string NotAnExecutable = "SLS2030";

    /// <summary>SLS2021: a payload file to measure is missing, unreadable or outside the package folder.</summary>
    public const string PayloadFileInvalid = "SLS2021";

    /// <summary>SLS2031: a boolean <c>Serverless*</c> property (<c>ServerlessIaC</c>, <c>ServerlessAlarms</c>, …) is neither <c>true</c> nor <c>false</c>.</summary>
    public const string InvalidSwitch = "SLS2031";

    /// <summary>SLS3001: <c>ServerlessColdStartBudget</c> is not a positive number of milliseconds.</summary>
    public const string InvalidColdStartBudget = "SLS3001";

    /// <summary>SLS3002: <c>ServerlessPackageSizeBudget</c> is not a positive number of megabytes.</summary>
    public const string InvalidPackageSizeBudget = "SLS3002";

    /// <summary>SLS3003: <c>ServerlessMemoryBudget</c> is not a positive number of megabytes.</summary>
    public const string InvalidMemoryBudget = "SLS3003";

    /// <summary>SLS3004: <c>ServerlessMonthlyCostBudget</c> is not a positive number of US dollars.</summary>
    public const string InvalidMonthlyCostBudget = "SLS3004";

    /// <summary>SLS3005: <c>ServerlessBudgetSeverity</c> is neither <c>error</c> nor <c>warning</c>.</summary>
    public const string InvalidBudgetSeverity = "SLS3005";

    /// <summary>SLS3010: the median cold start exceeds <c>ServerlessColdStartBudget</c>.</summary>
    public const string ColdStartBudgetExceeded = "SLS3010";

    /// <summary>SLS3011: the zipped package exceeds <c>ServerlessPackageSizeBudget</c>.</summary>
    public const string PackageSizeBudgetExceeded = "SLS3011";

    /// <summary>SLS3012: the peak resident memory exceeds <c>ServerlessMemoryBudget</c>.</summary>
    public const string MemoryBudgetExceeded = "SLS3012";

    /// <summary>SLS3013: the estimated monthly cost exceeds <c>ServerlessMonthlyCostBudget</c>.</summary>
    public const string MonthlyCostBudgetExceeded = "SLS3013";

    /// <summary>SLS3020: <c>ServerlessExpectedMonthlyInvocations</c> is not a positive whole number.</summary>
    public const string InvalidExpectedMonthlyInvocations = "SLS3020";

    /// <summary>SLS3021: <c>ServerlessMemorySize</c> is not a whole number of MB between 128 and 10,240.</summary>
    public const string InvalidMemorySize = "SLS3021";

    /// <summary>SLS3022: <c>ServerlessColdStartRate</c> is not a fraction between 0 and 1.</summary>
    public const string InvalidColdStartRate = "SLS3022";

    /// <summary>SLS4001: an <c>[HttpApi]</c> route is malformed.</summary>
    public const string MalformedRoute = "SLS4001";

    /// <summary>SLS4002: a method and path shape is declared twice.</summary>
    public const string DuplicateRoute = "SLS4002";

    /// <summary>SLS4003: a <c>[Schedule]</c> rate or cron expression is invalid.</summary>
    public const string InvalidSchedule = "SLS4003";

    /// <summary>SLS4004: a declared memory size is outside Lambda's 128–10,240 MB.</summary>
    public const string MemoryOutOfRange = "SLS4004";

    /// <summary>SLS4005: a declared timeout is outside Lambda's 1–900 s.</summary>
    public const string TimeoutOutOfRange = "SLS4005";

    /// <summary>SLS4006: a handler's signature cannot be bound to its trigger's event and result.</summary>
    public const string UnbindableHandler = "SLS4006";

    /// <summary>SLS4007: triggers that cannot share one function are declared on one.</summary>
    public const string IncompatibleTriggers = "SLS4007";

    /// <summary>SLS4008: an event pattern or filter is not a JSON object.</summary>
    public const string InvalidJson = "SLS4008";

    /// <summary>SLS4009: two functions have one name.</summary>
    public const string DuplicateFunction = "SLS4009";

    /// <summary>SLS4010: a JWT route in an assembly without <c>[assembly: HttpApiJwtAuthorizer]</c>.</summary>
    public const string MissingJwtAuthorizer = "SLS4010";

    /// <summary>SLS4011: a trigger or function setting is invalid (names, batch sizes, windows, reserved variables…).</summary>
    public const string InvalidDeclarationSetting = "SLS4011";

    /// <summary>SLS4012: an EventBridge detail type has no JSON metadata in any JsonSerializerContext.</summary>
    public const string EventTypeNotSerializable = "SLS4012";

    /// <summary>SLS4014: an attribute argument is an undefined enum value.</summary>
    public const string UndefinedEnumValue = "SLS4014";

    /// <summary>
    /// SLS4015 (warning): an HTTP API function's timeout is above API Gateway's 30 s integration limit. The generator
    /// reports it for a declared <c>[LambdaFunction(Timeout = …)]</c>, the IaC for one from <c>ServerlessTimeout</c>.
    /// </summary>
    public const string TimeoutOverHttpApiLimit = "SLS4015";

    /// <summary>SLS4013: a declared policy action has a wildcard; the generator's code, checked by the IaC step with the same rules.</summary>
    public const string PolicyWildcardAction = Rules.PolicyRules.WildcardAction;

    /// <summary>SLS4016: a declared policy resource matches every resource of a partition, service or resource type.</summary>
    public const string PolicyBroadResource = Rules.PolicyRules.BroadResource;

    /// <summary>SLS4017: a declared <c>iam:PassRole</c> names a resource that is not one role.</summary>
    public const string PolicyPassRoleNotSpecific = Rules.PolicyRules.PassRoleNotSpecific;

    /// <summary>SLS4018: a declared policy action is not <c>service:Action</c>, or a resource is neither an ARN nor <c>*</c>.</summary>
    public const string PolicyMalformed = Rules.PolicyRules.Malformed;

    /// <summary>SLS4019: a declared policy statement has no action or resource, or an empty entry.</summary>
    public const string PolicyEmpty = Rules.PolicyRules.Empty;

    /// <summary>SLS4020 (warning, reported by the generator): a broad statement is emitted on an <c>AllowBroadAccess</c> justification.</summary>
    public const string PolicyBroadAccessAllowed = Rules.PolicyRules.BroadAccessAllowed;

    /// <summary>SLS4021: <c>AllowBroadAccess</c> (<c>allowBroadAccess</c> in the manifest) is empty.</summary>
    public const string PolicyJustificationMissing = Rules.PolicyRules.JustificationMissing;

    /// <summary>SLS4030: <c>[Uses]</c> names no declared resource, or a trigger names a declared resource of another kind.</summary>
    public const string UnknownResource = Rules.ResourceRules.UnknownResource;

    /// <summary>SLS4031: two declared resources have one name (differing only in case or punctuation counts as one).</summary>
    public const string DuplicateResource = Rules.ResourceRules.DuplicateResource;

    /// <summary>SLS4032: a declared resource's name breaks its kind's naming rule.</summary>
    public const string InvalidResourceName = Rules.ResourceRules.InvalidResourceName;

    /// <summary>SLS4033: a declared table's key schema or time-to-live attribute is invalid.</summary>
    public const string InvalidKeySchema = Rules.ResourceRules.InvalidKeySchema;

    /// <summary>SLS4034: a <c>[DynamoDbStream]</c> trigger names a declared table without a stream.</summary>
    public const string StreamNotEnabled = Rules.ResourceRules.StreamNotEnabled;

    /// <summary>SLS4035: <c>[Uses]</c> reads a topic or an event bus, which can only be written to.</summary>
    public const string AccessNotMeaningful = Rules.ResourceRules.AccessNotMeaningful;

    /// <summary>SLS4036: a declared resource's setting is outside what AWS accepts (visibility timeout, receive count).</summary>
    public const string InvalidResourceSetting = Rules.ResourceRules.InvalidResourceSetting;

    /// <summary>SLS4037: an SQS trigger sets MaxReceiveCount on a declared queue, whose declaration owns its redrive policy.</summary>
    public const string TriggerOverridesResource = Rules.ResourceRules.TriggerOverridesResource;

    /// <summary>SLS4038: an <c>[EnvironmentVariable]</c> has the name of a variable ServerlessSdk sets for a resource the handler uses.</summary>
    public const string ResourceVariableConflict = Rules.ResourceRules.ResourceVariableConflict;

    /// <summary>SLS4039: an <c>[assembly: EventRule]</c> is on a bus no <c>[assembly: EventBus]</c> declares.</summary>
    public const string UnknownRuleBus = Rules.ResourceRules.UnknownRuleBus;

    /// <summary>SLS4040: an <c>[assembly: EventRule]</c> targets something no <c>[assembly: SqsQueue]</c> declares.</summary>
    public const string UnknownRuleTarget = Rules.ResourceRules.UnknownRuleTarget;

    /// <summary>SLS4041: an <c>[assembly: EventRule]</c> sets neither Source nor DetailType (or an empty one), so it would match every event.</summary>
    public const string EmptyEventPattern = Rules.ResourceRules.EmptyEventPattern;

    /// <summary>SLS4042: an <c>[assembly: EventRule]</c> targets a FIFO queue.</summary>
    public const string UnsupportedRuleTarget = Rules.ResourceRules.UnsupportedRuleTarget;
    /// <summary>SLS4046: a declared table has two <c>[assembly: DynamoDbIndex]</c> of one name.</summary>
    public const string DuplicateIndex = Rules.IndexRules.DuplicateIndex;

    /// <summary>SLS4047: a declared table has more global secondary indexes than DynamoDB's quota (20).</summary>
    public const string TooManyIndexes = Rules.IndexRules.TooManyIndexes;

    /// <summary>SLS4050: a trigger or route setting cannot be hosted on the project's <c>ServerlessPlatform</c> (an AWS event source on Azure, an Azure trigger on AWS, an API Gateway authorizer on Azure).</summary>
    public const string NotOnPlatform = "SLS4050";

    /// <summary>SLS4051: a <c>[Schedule]</c> expression has no NCRONTAB equivalent for an Azure timer trigger.</summary>
    public const string ScheduleNotExpressible = "SLS4051";

    /// <summary>SLS4052: <c>ServerlessPlatform</c> is neither <c>aws</c> nor <c>azure</c>.</summary>
    public const string UnknownPlatform = "SLS4052";

    /// <summary>SLS4060: a declared resource cannot be hosted on the project's <c>ServerlessPlatform</c> (a DynamoDB table, queue, topic, bucket, bus or event rule on Azure; a storage table on AWS).</summary>
    public const string ResourceNotOnPlatform = Rules.PlatformResourceRules.NotOnPlatform;

    /// <summary>SLS4140: the function manifest in the compiled assembly cannot be read (a ServerlessSdk.Functions / ServerlessSdk.Build or tool version mismatch); reported by the build and by <c>dotnet serverless</c>.</summary>
    public const string ManifestUnreadable = "SLS4140";

    /// <summary>SLS4100: an IaC file (generated file or overlay) could not be read or written.</summary>
    public const string IaCFileAccessFailed = "SLS4100";

    /// <summary>SLS4101: a generated IaC file was edited by hand (its body no longer matches its checksum); it is not overwritten unless <c>ServerlessIaCOverwrite</c> is true.</summary>
    public const string IaCFileEditedByHand = "SLS4101";

    /// <summary>SLS4102: a file ServerlessSdk did not generate is where an IaC file goes; it is not overwritten unless <c>ServerlessIaCOverwrite</c> is true.</summary>
    public const string IaCFileNotGenerated = "SLS4102";

    /// <summary>SLS4103: <c>ServerlessIaCFormats</c> names a format other than <c>sam</c>, <c>terraform</c> or <c>serverless</c>.</summary>
    public const string IaCUnknownFormat = "SLS4103";

    /// <summary>SLS4104: a user overlay file (<c>template.overlay.json</c>, <c>serverless.overlay.yml</c>) is not of the documented shape.</summary>
    public const string IaCOverlayInvalid = "SLS4104";

    /// <summary>SLS4105: an overlay entry has the same name as a generated one; the overlay adds, it does not replace.</summary>
    public const string IaCOverlayConflict = "SLS4105";

    /// <summary>SLS4120: a function's own memory size is outside 128–10240 MB (<c>ServerlessMemorySize</c> is <see cref="InvalidMemorySize"/>).</summary>
    public const string IaCInvalidMemorySize = "SLS4120";

    /// <summary>SLS4121: a function's timeout (its own or <c>ServerlessTimeout</c>) is outside 1–900 seconds.</summary>
    public const string IaCInvalidTimeout = "SLS4121";

    /// <summary>SLS4122: a log retention period is not one CloudWatch Logs accepts.</summary>
    public const string IaCInvalidLogRetention = "SLS4122";

    /// <summary>SLS4123: a function's architecture is neither <c>x86_64</c> nor <c>arm64</c>.</summary>
    public const string IaCInvalidArchitecture = "SLS4123";

    /// <summary>SLS4124: no package zip is known for an architecture a function uses, or its path is not relative with forward slashes.</summary>
    public const string IaCInvalidPackagePath = "SLS4124";

    /// <summary>SLS4125: the HTTP API stage name is neither <c>$default</c> nor letters, digits, hyphens and underscores.</summary>
    public const string IaCInvalidStageName = "SLS4125";

    /// <summary>SLS4127: the service name is not 1–40 lowercase letters, digits and hyphens starting with a letter.</summary>
    public const string IaCInvalidServiceName = "SLS4127";

    /// <summary>SLS4130: a route uses JWT auth but the project declares no <c>HttpApiJwtAuthorizer</c>.</summary>
    public const string IaCJwtAuthorizerMissing = "SLS4130";

    /// <summary>SLS4131: two declarations contradict each other: a route declared twice, or a queue with two redrive settings.</summary>
    public const string IaCConflictingDeclarations = "SLS4131";

    /// <summary>SLS4132: a trigger's settings are not accepted by AWS (SQS batch over 10 without a window, an event pattern or filter policy that is not a JSON object).</summary>
    public const string IaCInvalidTriggerSettings = "SLS4132";

    /// <summary>SLS4133: a function declares a variable Lambda reserves (<c>AWS_REGION</c>, …) or <c>SERVERLESS_FUNCTION</c>, which ServerlessSdk sets for dispatch.</summary>
    public const string IaCReservedEnvironmentVariable = "SLS4133";

    /// <summary>SLS4134: reserved or provisioned concurrency is negative, or provisioned exceeds reserved.</summary>
    public const string IaCInvalidConcurrency = "SLS4134";

    /// <summary>SLS4135: a derived Lambda function name is longer than 64 characters.</summary>
    public const string IaCNameTooLong = "SLS4135";

    /// <summary>SLS4136 (warning): the project declares no functions, so no IaC is written.</summary>
    public const string IaCNoFunctions = "SLS4136";

    /// <summary>SLS4150: <c>ServerlessTags</c> is not a list of <c>key=value</c> pairs AWS accepts as tags.</summary>
    public const string IaCInvalidTags = "SLS4150";

    /// <summary>SLS4151: a failure-handling setting (<c>ServerlessAsyncMaxRetryAttempts</c>, <c>ServerlessAsyncMaxEventAgeSeconds</c>, <c>ServerlessStreamMaxRetryAttempts</c>, <c>ServerlessStreamMaxRecordAgeSeconds</c>) is outside what Lambda accepts.</summary>
    public const string IaCInvalidFailureHandling = "SLS4151";

    /// <summary>SLS4152: <c>ServerlessHttpThrottlingRateLimit</c> or <c>ServerlessHttpThrottlingBurstLimit</c> is not a whole number from 1 to 10000.</summary>
    public const string IaCInvalidThrottling = "SLS4152";

    /// <summary>SLS4153: <c>ServerlessSnsKmsKeyId</c> is not a KMS key id, key ARN, alias name or alias ARN.</summary>
    public const string IaCInvalidKmsKey = "SLS4153";

    /// <summary>SLS5001: the executable is not a 64-bit little-endian ELF file (not ELF at all, 32-bit, or big-endian).</summary>
    public const string ExecutableNotElf64 = "SLS5001";

    /// <summary>SLS5002: the executable is an ELF file but truncated or internally inconsistent.</summary>
    public const string ExecutableMalformed = "SLS5002";

    /// <summary>SLS5003: the executable could not be read from disk.</summary>
    public const string ExecutableUnreadable = "SLS5003";

    /// <summary>SLS5010: the executable's ELF machine differs from the function's declared architecture.</summary>
    public const string ArchitectureMismatch = "SLS5010";

    /// <summary>
    /// SLS5011: the declared architecture is not one Lambda offers (<c>x86_64</c> or <c>arm64</c>); also reported for
    /// <c>ServerlessArchitecture</c> when the measurement reads it.
    /// </summary>
    public const string UnknownArchitecture = "SLS5011";

    /// <summary>SLS5020: the target runtime name is not in the <c>OsOnlyRuntimes</c> table.</summary>
    public const string UnknownRuntime = "SLS5020";

    /// <summary>SLS5021: the executable needs a newer glibc than the target runtime has.</summary>
    public const string GlibcTooNew = "SLS5021";

    /// <summary>SLS5022: the target runtime does not run on the declared architecture.</summary>
    public const string ArchitectureNotOnRuntime = "SLS5022";

    /// <summary>SLS5030: the function needs ICU (libicu) but the target runtime has none.</summary>
    public const string IcuNotOnRuntime = "SLS5030";

    /// <summary>SLS5040: the zip is larger than Lambda's 50 MB direct-upload limit.</summary>
    public const string ZipTooLarge = "SLS5040";

    /// <summary>SLS5041: the zip's contents unpack to more than Lambda's 250 MB limit.</summary>
    public const string UnzippedTooLarge = "SLS5041";

    /// <summary>SLS5042: the zip has no <c>bootstrap</c> file at its root.</summary>
    public const string BootstrapMissing = "SLS5042";

    /// <summary>SLS5043: the zip's <c>bootstrap</c> lacks the owner-execute bit (or carries no Unix mode at all).</summary>
    public const string BootstrapNotExecutable = "SLS5043";

    /// <summary>SLS5050: publishing for linux-arm64 on an x64 machine, and the cross toolchain is incomplete.</summary>
    public const string CrossToolchainMissing = "SLS5050";

    /// <summary>
    /// SLS6001: a template file lacks the <c>__SERVERLESS_SDK_VERSION__</c> token (checked when the template pack is
    /// packed, by templates/ServerlessSdk.Templates.csproj's inline task, which cannot reference this class).
    /// </summary>
    public const string TemplateVersionTokenMissing = "SLS6001";

    /// <summary>
    /// SLS6002: <c>dotnet new … --platform azure --arch arm64</c>: Azure Functions runs x64 only. Refused by
    /// <c>dotnet new</c> itself (a hidden option the template requires for that option set, named after the code).
    /// </summary>
    public const string TemplateAzureArm64 = "SLS6002";

    /// <summary>SLS6003: <c>dotnet new … --platform azure --iac sam|terraform|serverless</c>: an Azure project's IaC is Bicep only.</summary>
    public const string TemplateAzureIaC = "SLS6003";

    /// <summary>SLS6004: <c>dotnet new … --platform azure --memory N</c> with N not a Flex Consumption instance size (512, 2048, 4096).</summary>
    public const string TemplateAzureMemory = "SLS6004";

    /// <summary>SLS6101: the tool found no project file at the path given (or in the folder).</summary>
    public const string ProjectNotFound = "SLS6101";

    /// <summary>SLS6102: the folder holds several project files and the tool cannot tell which is meant.</summary>
    public const string ProjectAmbiguous = "SLS6102";

    /// <summary>SLS6103: MSBuild could not be located or could not evaluate the project.</summary>
    public const string ProjectEvaluationFailed = "SLS6103";

    /// <summary>SLS6104: <c>dotnet build</c> or <c>dotnet publish</c> of the function project failed.</summary>
    public const string BuildFailed = "SLS6104";

    /// <summary>SLS6105: the built assembly or published <c>bootstrap</c> the project's properties point at does not exist.</summary>
    public const string FunctionOutputMissing = "SLS6105";

    /// <summary>SLS6107: the project declares no function with the name given to <c>--function</c>.</summary>
    public const string FunctionNotFound = "SLS6107";

    /// <summary>SLS6108: the project declares several functions and <c>--function</c> was not given.</summary>
    public const string FunctionNotChosen = "SLS6108";

    /// <summary>SLS6109: the event file (or standard input) cannot be read or is not JSON.</summary>
    public const string EventUnreadable = "SLS6109";

    /// <summary>SLS6110: the local HTTP API could not listen on the port (in use, or not allowed).</summary>
    public const string ServerStartFailed = "SLS6110";

    /// <summary>SLS6111: <c>start-api --port</c> is not a TCP port (0 to 65535).</summary>
    public const string PortInvalid = "SLS6111";

    /// <summary>SLS6120: the function answered the invocation with an error.</summary>
    public const string FunctionReturnedError = "SLS6120";

    /// <summary>SLS6121: the function reported an init error or exited before answering.</summary>
    public const string FunctionCrashed = "SLS6121";

    /// <summary>SLS6122: the function did not answer within its timeout; it was stopped.</summary>
    public const string FunctionTimedOut = "SLS6122";

    /// <summary>SLS6130: <c>report</c> found no function project in the solution or folder.</summary>
    public const string NoFunctionProjects = "SLS6130";

    /// <summary>SLS6131 (warning): a function project has no <c>serverless-report.json</c>, even after building it.</summary>
    public const string ReportMissing = "SLS6131";

    /// <summary>SLS6132 (warning): a <c>serverless-report.json</c> exists but cannot be read (damaged, or a newer schema).</summary>
    public const string ReportUnreadable = "SLS6132";

    /// <summary>SLS6133: <c>report</c> would replace an HTML file it did not write.</summary>
    public const string ReportPageNotOurs = "SLS6133";

    /// <summary>SLS6140: <c>tune</c> cannot limit the function's CPU: no writable cgroup v1 <c>cpu</c> or cgroup v2 <c>cpu.max</c>.</summary>
    public const string CpuLimitUnavailable = "SLS6140";

    /// <summary>SLS6141: <c>tune --memory</c> is not a comma-separated list of sizes from 128 to 10,240 MB, or <c>--warm</c> is not 1 to 100.</summary>
    public const string InvalidTuneOptions = "SLS6141";

    /// <summary>SLS6150: a project declares DynamoDB tables, but the local DynamoDB (dynalite) is not installed and <c>AWS_ENDPOINT_URL_DYNAMODB</c> is not set.</summary>
    public const string DynaliteNotInstalled = "SLS6150";

    /// <summary>SLS6151: dynalite was found but did not start listening (Node.js missing or too old, or it crashed).</summary>
    public const string DynaliteDidNotStart = "SLS6151";

    /// <summary>SLS6152: a declared table could not be created in the local DynamoDB (endpoint unreachable or the request refused).</summary>
    public const string LocalTableNotCreated = "SLS6152";

    /// <summary>SLS6153: <c>AWS_ENDPOINT_URL_DYNAMODB</c> is not an absolute http or https URL.</summary>
    public const string InvalidDynamoDbEndpoint = "SLS6153";

    /// <summary>SLS6160: an Azure project needs local Azure Storage (a queue or blob trigger, declared tables), but Azurite is not installed and <c>AzureWebJobsStorage</c> is not set.</summary>
    public const string AzuriteNotInstalled = "SLS6160";

    /// <summary>SLS6161: Azurite was found but a service did not start listening (Node.js missing or too old, or it crashed).</summary>
    public const string AzuriteDidNotStart = "SLS6161";

    /// <summary>SLS6162: a declared table or a trigger's queue could not be created in the local Azure Storage (Azurite unreachable or the request refused).</summary>
    public const string LocalAzureStorageNotPrepared = "SLS6162";
    /// <summary>SLS4200 (warning): a generated Azure file (host.json, function.json, main.bicep) was edited by hand; the edit is kept and the file is not regenerated.</summary>
    public const string AzureFileEditedByHand = "SLS4200";

    /// <summary>SLS4201 (warning): a file ServerlessSdk did not generate is where an Azure file goes; it is kept.</summary>
    public const string AzureFileNotGenerated = "SLS4201";

    /// <summary>SLS4203: <c>ServerlessAzurePlan</c> is not <c>flex</c>, <c>premium</c> or <c>dedicated</c>.</summary>
    public const string UnknownAzurePlan = "SLS4203";

    /// <summary>SLS4204: the project builds for one platform but its function manifest was generated for the other (an older ServerlessSdk.Functions).</summary>
    public const string PlatformMismatch = "SLS4204";

    /// <summary>SLS4205: an Azure project's manifest has a trigger Azure Functions cannot run (an AWS-only trigger).</summary>
    public const string AzureUnsupportedTrigger = "SLS4205";

    /// <summary>SLS4206: the connection string given for creating an Azure project's declared storage tables locally is malformed.</summary>
    public const string AzureTablesConnectionInvalid = "SLS4206";

    /// <summary>SLS4207: an Azure project's declared storage tables could not be created in the table service (unreachable, or it refused).</summary>
    public const string AzureTablesNotCreated = "SLS4207";

    /// <summary>SLS3030: the Azure Functions app zip is missing host.json, a function folder or the executable at its root.</summary>
    public const string AzureZipIncomplete = "SLS3030";

    /// <summary>SLS6200: the local Azure host emulator cannot read the app folder (host.json or a function.json is missing or malformed).</summary>
    public const string AzureAppUnreadable = "SLS6200";

    /// <summary>SLS6201: the custom handler did not listen on <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> within the start-up limit, or exited first.</summary>
    public const string AzureHandlerNotListening = "SLS6201";

    /// <summary>SLS6202: the custom handler answered an invocation with something other than the documented <c>{ Outputs, Logs, ReturnValue }</c> JSON.</summary>
    public const string AzureHandlerProtocolError = "SLS6202";

    /// <summary>SLS6210: the local Azure host cannot read a timer trigger's <c>schedule</c> as a six-field NCRONTAB expression.</summary>
    public const string AzureTimerScheduleUnreadable = "SLS6210";

    /// <summary>SLS6211 (warning, logged by the runtime): an HTTP response in an Azure app with non-HTTP triggers sets more than one cookie; the <c>res</c> output binding carries one <c>Set-Cookie</c>.</summary>
    public const string AzureOutputOneCookie = "SLS6211";

    /// <summary>SLS6212 (error, logged by the runtime): an HTTP response in an Azure app with non-HTTP triggers has a binary body the <c>res</c> output binding cannot carry; the route answers 500.</summary>
    public const string AzureOutputBinaryBody = "SLS6212";

    /// <summary>SLS6213 (warning, local Azure host): a custom handler's <c>res</c> output has what the Functions host does not read (<c>cookies</c>, <c>isRaw</c>, a header value that is an array or object).</summary>
    public const string AzureOutputNotRead = "SLS6213";

    /// <summary>SLS6199: the tool failed in a way it does not expect (a bug); <c>--verbose</c> prints the stack trace.</summary>
    public const string ToolFailedUnexpectedly = "SLS6199";
}
