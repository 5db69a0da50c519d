namespace ServerlessSdk.Tooling.IaC.Manifest;

/// <summary>What invokes a function. The manifest's <c>type</c> field names the kind.</summary>
public abstract record Trigger
{
    /// <summary>The manifest <c>type</c> value: http, sqs, sns, eventbridge, schedule, s3, dynamodb, kinesis (AWS); http, timer, azure-queue, azure-blob, service-bus-queue, azure-eventgrid (Azure).</summary>
    public abstract string Type { get; }

    /// <summary>The queue, topic, bucket, table or custom bus it names (which may be a declared resource); null for the others.</summary>
    public virtual string? ResourceName => null;
}

/// <summary>How an HTTP API route authorises callers.</summary>
public enum HttpAuth
{
    /// <summary>Open to anyone.</summary>
    None,

    /// <summary>SigV4-signed requests (AWS_IAM).</summary>
    Iam,

    /// <summary>A bearer JWT checked by the service's <see cref="JwtAuthorizer"/>.</summary>
    Jwt,
}

/// <summary>An API Gateway HTTP API route (payload format 2.0).</summary>
/// <param name="Method">GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS or ANY.</param>
/// <param name="Path">e.g. <c>/items/{id}</c>; a last segment may be greedy, <c>{proxy+}</c>.</param>
/// <param name="Auth">Authorisation.</param>
/// <param name="Scopes">OAuth scopes a JWT must carry (JWT routes only).</param>
public sealed record HttpRouteTrigger(string Method, string Path, HttpAuth Auth, IReadOnlyList<string> Scopes) : Trigger
{
    /// <inheritdoc />
    public override string Type => "http";

    /// <summary>API Gateway's route key, e.g. <c>GET /items/{id}</c>.</summary>
    public string RouteKey => $"{Method} {Path}";
}

/// <summary>An SQS queue the IaC creates, with an event source mapping and, when <see cref="MaxReceiveCount"/> &gt; 0, a dead-letter queue.</summary>
/// <param name="Queue">Queue name.</param>
/// <param name="BatchSize">1–10000 (over 10 needs a batching window).</param>
/// <param name="MaximumBatchingWindowSeconds">0–300.</param>
/// <param name="ReportBatchItemFailures">Partial batch responses (<c>ReportBatchItemFailures</c>).</param>
/// <param name="MaxReceiveCount">Receives before a message moves to the dead-letter queue; 0 = no dead-letter queue.</param>
public sealed record SqsTrigger(string Queue, int BatchSize, int MaximumBatchingWindowSeconds, bool ReportBatchItemFailures, int MaxReceiveCount) : Trigger
{
    /// <inheritdoc />
    public override string Type => "sqs";

    /// <inheritdoc />
    public override string? ResourceName => Queue;
}

/// <summary>An SNS topic the IaC creates, with a subscription.</summary>
/// <param name="Topic">Topic name.</param>
/// <param name="FilterPolicy">Subscription filter policy JSON, or null.</param>
public sealed record SnsTrigger(string Topic, string? FilterPolicy) : Trigger
{
    /// <inheritdoc />
    public override string Type => "sns";

    /// <inheritdoc />
    public override string? ResourceName => Topic;
}

/// <summary>An EventBridge rule on a bus.</summary>
/// <param name="EventPattern">The event pattern JSON.</param>
/// <param name="EventBus">Bus name; <c>default</c> is the account's default bus.</param>
public sealed record EventBridgeTrigger(string EventPattern, string EventBus) : Trigger
{
    /// <inheritdoc />
    public override string Type => "eventbridge";

    /// <inheritdoc />
    public override string? ResourceName => EventBus == "default" ? null : EventBus;
}

/// <summary>An EventBridge schedule rule.</summary>
/// <param name="Expression"><c>rate(...)</c> or <c>cron(...)</c>.</param>
/// <param name="Enabled">Whether the rule starts enabled.</param>
public sealed record ScheduleTrigger(string Expression, bool Enabled) : Trigger
{
    /// <inheritdoc />
    public override string Type => "schedule";
}

/// <summary>An S3 bucket the IaC creates, notifying the function.</summary>
/// <param name="Bucket">Bucket name.</param>
/// <param name="Events">S3 event names, e.g. <c>s3:ObjectCreated:*</c>.</param>
/// <param name="Prefix">Key prefix filter, or null.</param>
/// <param name="Suffix">Key suffix filter, or null.</param>
public sealed record S3Trigger(string Bucket, IReadOnlyList<string> Events, string? Prefix, string? Suffix) : Trigger
{
    /// <inheritdoc />
    public override string Type => "s3";

    /// <inheritdoc />
    public override string? ResourceName => Bucket;
}

/// <summary>Where a stream mapping starts reading.</summary>
public enum StreamStartingPosition
{
    /// <summary>New records only.</summary>
    Latest,

    /// <summary>The oldest record still in the stream.</summary>
    TrimHorizon,
}

/// <summary>A DynamoDB table's stream. The table is the user's: its stream ARN is an input of the IaC.</summary>
/// <param name="Table">Table name (names the input).</param>
/// <param name="StartingPosition">Where to start.</param>
/// <param name="BatchSize">1–10000.</param>
/// <param name="BisectBatchOnError">Split a failing batch in two and retry.</param>
/// <param name="ReportBatchItemFailures">Partial batch responses.</param>
public sealed record DynamoDbStreamTrigger(string Table, StreamStartingPosition StartingPosition, int BatchSize, bool BisectBatchOnError, bool ReportBatchItemFailures) : Trigger
{
    /// <inheritdoc />
    public override string Type => "dynamodb";

    /// <inheritdoc />
    public override string? ResourceName => Table;
}

/// <summary>A Kinesis data stream the IaC creates, with an event source mapping.</summary>
/// <param name="Stream">Stream name.</param>
/// <param name="StartingPosition">Where to start.</param>
/// <param name="BatchSize">1–10000.</param>
/// <param name="BisectBatchOnError">Split a failing batch in two and retry.</param>
/// <param name="ReportBatchItemFailures">Partial batch responses.</param>
public sealed record KinesisStreamTrigger(string Stream, StreamStartingPosition StartingPosition, int BatchSize, bool BisectBatchOnError, bool ReportBatchItemFailures) : Trigger
{
    /// <inheritdoc />
    public override string Type => "kinesis";
}

/// <summary>An Azure Functions timer (binding <c>timerTrigger</c>).</summary>
/// <param name="Schedule">The NCRONTAB expression with seconds (6 fields), e.g. <c>0 */5 * * * *</c>.</param>
/// <param name="Expression">The <c>[Schedule]</c> expression it was computed from, e.g. <c>rate(5 minutes)</c>, for people.</param>
/// <param name="Enabled">
/// <c>[Schedule(Enabled = false)]</c>: deployed but not fired, as an EventBridge rule in state DISABLED on AWS. The
/// app gets <c>AzureWebJobs.&lt;function&gt;.Disabled=true</c>, the setting the host reads; a direct run still works.
/// </param>
public sealed record TimerTrigger(string Schedule, string? Expression, bool Enabled = true) : Trigger
{
    /// <inheritdoc />
    public override string Type => "timer";
}

/// <summary>An Azure Storage queue (binding <c>queueTrigger</c>).</summary>
/// <param name="Queue">Queue name.</param>
/// <param name="Connection">The app setting (prefix) naming the storage account, <c>AzureWebJobsStorage</c> by default.</param>
public sealed record StorageQueueTrigger(string Queue, string Connection) : Trigger
{
    /// <inheritdoc />
    public override string Type => "azure-queue";
}

/// <summary>An Azure Storage blob container path (binding <c>blobTrigger</c>).</summary>
/// <param name="Path">Container and blob pattern, e.g. <c>uploads/{name}</c>.</param>
/// <param name="Connection">The app setting (prefix) naming the storage account.</param>
public sealed record BlobTrigger(string Path, string Connection) : Trigger
{
    /// <inheritdoc />
    public override string Type => "azure-blob";

    /// <summary>The container: the path's first segment.</summary>
    public string Container => Path.Split('/')[0];
}

/// <summary>
/// Azure Event Grid events pushed to the function (binding <c>eventGridTrigger</c>). The source and its event
/// subscription are not declared, so nothing is generated for them: the subscription is created on the source.
/// </summary>
public sealed record EventGridTrigger : Trigger
{
    /// <inheritdoc />
    public override string Type => "azure-eventgrid";
}

/// <summary>An Azure Service Bus queue (binding <c>serviceBusTrigger</c>).</summary>
/// <param name="Queue">Queue name.</param>
/// <param name="Connection">The app setting (prefix) naming the namespace, <c>ServiceBusConnection</c> by default.</param>
public sealed record ServiceBusQueueTrigger(string Queue, string Connection) : Trigger
{
    /// <inheritdoc />
    public override string Type => "service-bus-queue";
}
