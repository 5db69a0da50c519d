namespace ServerlessSdk.Functions.Generator.Model;

/// <summary>Function settings from a [LambdaFunction] (nulls take the project defaults).</summary>
internal sealed record FunctionSettings(
    string? Name,
    int? MemorySize,
    int? Timeout,
    string? Architecture,
    int? ReservedConcurrency,
    int? ProvisionedConcurrency,
    int? LogRetentionDays,
    bool Tracing,
    LocationInfo? Location);

internal sealed record EnvironmentVariable(string Name, string Value, LocationInfo? Location);

/// <summary>
/// A checked [PolicyStatement], its entries trimmed. <see cref="Justification"/> is its AllowBroadAccess text, and
/// <see cref="Waived"/> the broad grants that let through (empty without an opt-out).
/// </summary>
internal sealed record Policy(EquatableArray<string> Actions, EquatableArray<string> Resources, string? Justification, EquatableArray<string> Waived, LocationInfo? Location);

/// <summary>
/// One trigger attribute. <see cref="Kind"/> is the manifest type; <see cref="Json"/> is its manifest JSON (fields
/// after "type"), computed once here so the writer stays dumb. <see cref="Resource"/> is the queue, topic, bucket,
/// table or bus it names (null for HTTP, schedules, Kinesis and the default bus); <see cref="SetsRedrive"/> says an
/// SQS trigger sets MaxReceiveCount itself. <see cref="Expression"/> and <see cref="Enabled"/> keep a schedule's source so
/// the platform step (PlatformMapper) can turn it into an Azure timer.
/// </summary>
internal sealed record TriggerModel(string Kind, string Json, LocationInfo? Location, string? HttpMethod = null, string? HttpPath = null, string? Auth = null, string? Resource = null, bool SetsRedrive = false, string? Expression = null, bool Enabled = true);

/// <summary>
/// One [assembly: DynamoDbTable/SqsQueue/SnsTopic/S3Bucket/EventBus]. <see cref="Json"/> is its manifest entry;
/// <see cref="HasStream"/> matters for tables only, <see cref="IsFifo"/> for queues. <see cref="Unbound"/>: the compiler could not bind it (its error).
/// </summary>
internal sealed record ResourceModel(string Kind, string Name, string Json, bool HasStream, LocationInfo? Location, EquatableArray<DiagnosticInfo> Diagnostics, bool Unbound, EquatableArray<KeyModel> Keys = default, bool IsFifo = false);

/// <summary>A key attribute of a declared table: its name and DynamoDB type (S, N or B).</summary>
internal sealed record KeyModel(string Name, string Type);

/// <summary>
/// One [assembly: DynamoDbIndex]: what the rules check (ServerlessSdk.Rules.IndexRules) and <see cref="Json"/>, its
/// manifest entry inside its table's. <see cref="Unbound"/> as for <see cref="ResourceModel"/>.
/// </summary>
internal sealed record IndexModel(string Table, string Name, string? PartitionKey, string PartitionKeyType, string? SortKey, string SortKeyType, string Json, LocationInfo? Location, EquatableArray<DiagnosticInfo> Diagnostics, bool Unbound);

/// <summary>
/// One [assembly: EventRule]: a pattern (sources, detail types) on a declared bus, sending to a declared queue.
/// <see cref="Unbound"/>: the compiler could not bind it (its error).
/// </summary>
internal sealed record EventRuleModel(string Name, string Bus, string Target, EquatableArray<string> Sources, EquatableArray<string> DetailTypes, LocationInfo? Location, EquatableArray<DiagnosticInfo> Diagnostics, bool Unbound);

/// <summary>One [Uses]: a resource name and <c>read</c>, <c>write</c> or <c>readwrite</c>.</summary>
internal sealed record UseModel(string Resource, string Access, LocationInfo? Location);

/// <summary>How a handler parameter is supplied.</summary>
internal enum ParameterSource
{
    Request,
    Context,
    CancellationToken,
    Event,
    PathString,
    PathInt32,
    PathInt64,
    PathGuid,
    Unsupported,
}

internal sealed record ParameterModel(string Name, ParameterSource Source, string TypeName);

/// <summary>How the handler returns: <c>Value</c> T, Task&lt;T&gt;, ValueTask&lt;T&gt;, or nothing (void/Task/ValueTask).</summary>
internal enum ReturnShape
{
    Value,
    Task,
    ValueTask,
    Void,
    VoidTask,
    VoidValueTask,
    Unsupported,
}

/// <summary>
/// A handler method with its declarations, as the compiler sees it. Type names are fully qualified (global::…);
/// DisplayName is Type.Method for the manifest and messages; ResultType is the T of the return shape, null for none.
/// HasUnboundAttributes: one of its ServerlessSdk attributes has a compiler error (e.g. <c>[HttpApi("GETT", …)]</c>),
/// which the compiler reports; the generator then emits no manifest rather than one without that declaration.
/// </summary>
internal sealed record MethodModel(
    string TypeName,
    string TypeShortName,
    string MethodName,
    string DisplayName,
    bool IsStatic,
    bool TypeIsConstructible,
    bool IsAccessible,
    bool IsGeneric,
    ReturnShape Return,
    string? ResultType,
    EquatableArray<ParameterModel> Parameters,
    string? EventType,
    FunctionSettings? Settings,
    FunctionSettings? TypeSettings,
    EquatableArray<EnvironmentVariable> Environment,
    EquatableArray<Policy> Policies,
    EquatableArray<UseModel> Uses,
    EquatableArray<TriggerModel> Triggers,
    LocationInfo? Location,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool HasUnboundAttributes);
