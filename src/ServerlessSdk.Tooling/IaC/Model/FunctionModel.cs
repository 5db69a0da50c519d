using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.IaC.Model;

/// <summary>A function with the project's defaults applied, its names derived and its triggers in a stable order.</summary>
internal sealed record FunctionModel(
    string Name,
    string Handler,
    string PhysicalName,
    int MemorySize,
    int Timeout,
    string Architecture,
    int LogRetentionDays,
    bool Tracing,
    int? ReservedConcurrency,
    int? ProvisionedConcurrency,
    string PackagePath,
    IReadOnlyList<KeyValuePair<string, string>> Environment,
    IReadOnlyList<PolicyStatement> Policies,
    FunctionTriggers Triggers)
{
    /// <summary>What it does with declared resources (<c>[Uses]</c>), sorted by resource name: the grants of its role.</summary>
    public IReadOnlyList<ResourceGrant> Uses { get; init; } = [];

    /// <summary>The variables naming the declared resources it uses or is triggered by (<see cref="ResourceEnvironment"/>), sorted by name.</summary>
    public IReadOnlyList<(string Variable, DeclaredResource Resource)> ResourceVariables { get; init; } = [];

    /// <summary>Whether a stream trigger's table is a declared one (its stream ARN is then the table's, not an input).</summary>
    public bool IsDeclaredTable(string table) => ResourceVariables.Any(v => v.Resource is DeclaredTable t && t.Name == table);

    /// <summary>The variable the shared bootstrap dispatches on: one binary hosts every function of the project.</summary>
    public const string DispatchVariable = Rules.LambdaLimits.DispatchVariable;

    /// <summary>PascalCase base of CloudFormation logical IDs.</summary>
    public string LogicalId => Naming.Pascal(Name);

    /// <summary>snake_case Terraform resource name.</summary>
    public string Snake => Naming.Snake(Name);

    /// <summary>The log group Lambda writes to for this function name.</summary>
    public string LogGroupName => "/aws/lambda/" + PhysicalName;

    /// <summary>Whether invocations go through the <c>live</c> alias (provisioned concurrency lives on an alias).</summary>
    public bool HasAlias => ProvisionedConcurrency is > 0;

    /// <summary>Whether something invokes it asynchronously (EventBridge, schedules, SNS, S3): retries and an on-failure destination apply.</summary>
    public bool HasAsyncTriggers => Triggers.EventBridge.Count + Triggers.Schedules.Count + Triggers.Sns.Count + Triggers.S3.Count > 0;

    /// <summary>Whether a Kinesis or DynamoDB stream mapping invokes it.</summary>
    public bool HasStreamTriggers => Triggers.Kinesis.Count + Triggers.DynamoDb.Count > 0;

    /// <summary>
    /// Whether it gets its own encrypted dead-letter queue: the on-failure destination of its asynchronous invocations
    /// and of its stream mappings, so a failed event is kept instead of dropped (or, on a stream, blocking the shard).
    /// </summary>
    public bool HasFailureQueue => HasAsyncTriggers || HasStreamTriggers;

    /// <summary>The physical name of that queue.</summary>
    public string FailureQueueName => PhysicalName + "-failures";
}

/// <summary>A function's triggers by kind, each list sorted so input order never changes the output.</summary>
internal sealed record FunctionTriggers(
    IReadOnlyList<HttpRouteTrigger> Http,
    IReadOnlyList<SqsTrigger> Sqs,
    IReadOnlyList<SnsTrigger> Sns,
    IReadOnlyList<EventBridgeTrigger> EventBridge,
    IReadOnlyList<ScheduleTrigger> Schedules,
    IReadOnlyList<S3Trigger> S3,
    IReadOnlyList<DynamoDbStreamTrigger> DynamoDb,
    IReadOnlyList<KinesisStreamTrigger> Kinesis)
{
    public static FunctionTriggers From(IReadOnlyList<Trigger> triggers) => new(
        [.. triggers.OfType<HttpRouteTrigger>().OrderBy(t => t.Path, StringComparer.Ordinal).ThenBy(t => t.Method, StringComparer.Ordinal)],
        [.. triggers.OfType<SqsTrigger>().OrderBy(t => t.Queue, StringComparer.Ordinal)],
        [.. triggers.OfType<SnsTrigger>().OrderBy(t => t.Topic, StringComparer.Ordinal).ThenBy(t => t.FilterPolicy, StringComparer.Ordinal)],
        [.. triggers.OfType<EventBridgeTrigger>().OrderBy(t => t.EventBus, StringComparer.Ordinal).ThenBy(t => t.EventPattern, StringComparer.Ordinal)],
        [.. triggers.OfType<ScheduleTrigger>().OrderBy(t => t.Expression, StringComparer.Ordinal)],
        [.. triggers.OfType<S3Trigger>().OrderBy(t => t.Bucket, StringComparer.Ordinal).ThenBy(t => t.Prefix, StringComparer.Ordinal).ThenBy(t => t.Suffix, StringComparer.Ordinal)
            .Select(t => t with { Events = [.. t.Events.Distinct().Order(StringComparer.Ordinal)] })],
        [.. triggers.OfType<DynamoDbStreamTrigger>().OrderBy(t => t.Table, StringComparer.Ordinal)],
        [.. triggers.OfType<KinesisStreamTrigger>().OrderBy(t => t.Stream, StringComparer.Ordinal)]);
}

/// <summary>One [Uses] resolved to its declaration, with the resource's AWS name.</summary>
internal sealed record ResourceGrant(DeclaredResource Resource, ResourceAccess Access, string PhysicalName);
