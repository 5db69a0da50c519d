using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.IaC.Model;

/// <summary>
/// What every writer renders: the functions with defaults applied and the shared resources (queues, topics, buckets,
/// streams) each created once however many functions use them. Everything is in a deterministic order.
/// </summary>
internal sealed record ServiceModel(
    string Service,
    IaCSettings Settings,
    IReadOnlyList<FunctionModel> Functions,
    JwtAuthorizer? JwtAuthorizer,
    IReadOnlyList<QueueModel> Queues,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Buckets,
    IReadOnlyList<string> KinesisStreams,
    IReadOnlyList<string> DynamoDbTables,
    IReadOnlyList<DeclaredTable> Tables,
    IReadOnlyList<string> EventBuses,
    IReadOnlySet<string> VersionedBuckets)
{
    /// <summary>The declared EventBridge rules, sorted by name: each on a declared bus, sending to a declared queue.</summary>
    public IReadOnlyList<DeclaredEventRule> EventRules { get; init; } = [];

    /// <summary>The rules that send to <paramref name="queue"/>: its queue policy allows exactly these.</summary>
    public IReadOnlyList<DeclaredEventRule> RulesTargeting(string queue) => [.. EventRules.Where(r => r.Target == queue)];

    /// <summary>The queues event rules send to, each once, sorted: each gets one queue policy.</summary>
    public IReadOnlyList<QueueModel> RuleTargetQueues => [.. Queues.Where(q => EventRules.Any(r => r.Target == q.Name))];

    /// <summary>Whether a bucket keeps object versions: all with <c>ServerlessS3Versioning</c>, else those declared with <c>Versioning</c>.</summary>
    public bool IsVersioned(string bucket) => Settings.S3Versioning || VersionedBuckets.Contains(bucket);

    /// <summary>Whether a function is notified by the bucket (the framework creates only such buckets itself).</summary>
    public bool HasNotifications(string bucket) => Notifications(bucket).Any();

    /// <summary>Whether a custom bus is one the service declares (and creates), not an existing one it names.</summary>
    public bool IsDeclaredBus(string bus) => EventBuses.Contains(bus, StringComparer.Ordinal);

    public bool HasHttpApi => Functions.Any(f => f.Triggers.Http.Count > 0);

    public bool HasIamRoutes => Routes.Any(r => r.Route.Auth == HttpAuth.Iam);

    public bool HasJwtRoutes => Routes.Any(r => r.Route.Auth == HttpAuth.Jwt);

    public IEnumerable<(FunctionModel Function, HttpRouteTrigger Route)> Routes =>
        Functions.SelectMany(f => f.Triggers.Http.Select(r => (f, r)));

    /// <summary>Every S3 notification of a bucket, by function then filter.</summary>
    public IEnumerable<(FunctionModel Function, S3Trigger Trigger)> Notifications(string bucket) =>
        Functions.SelectMany(f => f.Triggers.S3.Where(t => t.Bucket == bucket).Select(t => (f, t)));

    /// <summary>The HTTP API's URL path suffix: nothing for the <c>$default</c> stage.</summary>
    public string StagePath => Settings.Project.StageName == "$default" ? string.Empty : Settings.Project.StageName;

    /// <summary>The physical name of a queue, topic, bucket or stream the IaC creates: prefixed with the service like a function's.</summary>
    public string Physical(string name) => Naming.Physical(Service, name);

    /// <summary>
    /// The tags of every taggable resource: <c>service</c>, <c>stage</c> (<c>default</c> for <c>$default</c>, which
    /// a tag value cannot hold) and the user's <c>ServerlessTags</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags =>
    [
        new("service", Service),
        new("stage", Settings.Project.StageName == "$default" ? "default" : Settings.Project.StageName),
        .. Settings.Project.Tags,
    ];

    /// <summary>The CloudWatch log group of the HTTP API's access log.</summary>
    public string AccessLogGroupName => "/aws/http-api/" + Service;

    /// <summary>Whether any function needs a dead-letter queue of its own.</summary>
    public bool HasFailureQueues => Functions.Any(f => f.HasFailureQueue);
}

/// <summary>The access log line of the HTTP API: one JSON object a request, the fields an incident needs.</summary>
internal static class AccessLogFormat
{
    public static IReadOnlyList<KeyValuePair<string, string>> Fields { get; } =
    [
        new("requestId", "$context.requestId"),
        new("sourceIp", "$context.identity.sourceIp"),
        new("requestTime", "$context.requestTime"),
        new("routeKey", "$context.routeKey"),
        new("status", "$context.status"),
        new("responseLength", "$context.responseLength"),
        new("integrationLatency", "$context.integrationLatency"),
        new("integrationError", "$context.integrationErrorMessage"),
        new("authorizerError", "$context.authorizer.error"),
    ];

    /// <summary>The fields as one line of JSON, what API Gateway's <c>Format</c> takes.</summary>
    public static string Json => "{" + string.Join(",", Fields.Select(f => $"\"{f.Key}\":\"{f.Value}\"")) + "}";
}

/// <summary>An SQS queue the IaC creates.</summary>
/// <param name="Name">Queue name.</param>
/// <param name="VisibilityTimeout">Seconds: six times the longest consumer timeout plus its batching window, as AWS recommends.</param>
/// <param name="MaxReceiveCount">Receives before the dead-letter queue; 0 = none.</param>
/// <param name="PhysicalName">The queue's AWS name, prefixed with the service (a FIFO queue's ends in <c>.fifo</c>).</param>
/// <param name="Fifo">A FIFO queue (<c>[assembly: SqsQueue(Fifo = true)]</c>); its dead-letter queue is one too, as SQS requires.</param>
internal sealed record QueueModel(string Name, int VisibilityTimeout, int MaxReceiveCount, string PhysicalName, bool Fifo = false)
{
    public const string FifoSuffix = ".fifo";

    public bool HasDeadLetterQueue => MaxReceiveCount > 0;

    public string DeadLetterName => Fifo ? PhysicalName[..^FifoSuffix.Length] + "-dlq" + FifoSuffix : PhysicalName + "-dlq";
}
