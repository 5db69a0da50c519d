namespace ServerlessSdk.Functions;

/// <summary>
/// Messages from an SQS queue (created by the IaC, with a dead-letter queue unless <see cref="MaxReceiveCount"/> is
/// 0). The method takes an <see cref="Runtime.Events.SqsEvent"/> and returns an
/// <see cref="Runtime.Events.SqsBatchResponse"/> to report partial failures (or nothing).
/// </summary>
/// <param name="queue">Queue name.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SqsTriggerAttribute(string queue) : Attribute
{
    /// <summary>Queue name.</summary>
    public string Queue { get; } = queue;

    /// <summary>Messages per invocation, 1–10000 (over 10 needs a batching window).</summary>
    public int BatchSize { get; set; } = 10;

    /// <summary>Seconds to gather a batch, 0–300.</summary>
    public int MaximumBatchingWindowSeconds { get; set; }

    /// <summary>Only the messages the response lists as failed are retried.</summary>
    public bool ReportBatchItemFailures { get; set; } = true;

    /// <summary>Receives before a message moves to the dead-letter queue; 0 creates no dead-letter queue.</summary>
    public int MaxReceiveCount { get; set; } = 5;
}

/// <summary>Notifications from an SNS topic (created by the IaC). The method takes an <see cref="Runtime.Events.SnsEvent"/>.</summary>
/// <param name="topic">Topic name.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class SnsTriggerAttribute(string topic) : Attribute
{
    /// <summary>Topic name.</summary>
    public string Topic { get; } = topic;

    /// <summary>Subscription filter policy (JSON), or null for every message.</summary>
    public string? FilterPolicy { get; set; }
}

/// <summary>
/// Events matching an EventBridge pattern. The method takes an <see cref="Runtime.Events.EventBridgeEvent{TDetail}"/>;
/// for your own detail type, list <c>EventBridgeEvent&lt;T&gt;</c> in a <c>JsonSerializerContext</c> of the project.
/// </summary>
/// <param name="eventPattern">The event pattern (JSON), e.g. <c>{"source":["orders"]}</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class EventBridgeRuleAttribute(string eventPattern) : Attribute
{
    /// <summary>The event pattern (JSON).</summary>
    public string EventPattern { get; } = eventPattern;

    /// <summary>The bus; <c>default</c> is the account's default bus.</summary>
    public string EventBus { get; set; } = "default";
}

/// <summary>A schedule. The method takes a <see cref="Runtime.Events.ScheduledEvent"/>.</summary>
/// <param name="expression"><c>rate(5 minutes)</c> or <c>cron(0 12 * * ? *)</c> (six fields).</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ScheduleAttribute(string expression) : Attribute
{
    /// <summary>The schedule expression.</summary>
    public string Expression { get; } = expression;

    /// <summary>Whether the schedule starts enabled.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>Notifications from an S3 bucket (created by the IaC). The method takes an <see cref="Runtime.Events.S3Event"/>.</summary>
/// <param name="bucket">Bucket name.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class S3TriggerAttribute(string bucket) : Attribute
{
    /// <summary>Bucket name.</summary>
    public string Bucket { get; } = bucket;

    /// <summary>S3 event names.</summary>
    public string[] Events { get; set; } = ["s3:ObjectCreated:*"];

    /// <summary>Only keys starting with this.</summary>
    public string? Prefix { get; set; }

    /// <summary>Only keys ending with this.</summary>
    public string? Suffix { get; set; }
}

/// <summary>Where a stream trigger starts reading.</summary>
public enum StreamStartingPosition
{
    /// <summary>New records only.</summary>
    Latest,

    /// <summary>The oldest record still in the stream.</summary>
    TrimHorizon,
}

/// <summary>
/// Records from a DynamoDB table's stream (the table is yours: its stream ARN is an input of the IaC). The method
/// takes a <see cref="Runtime.Events.DynamoDbStreamEvent"/> and may return a <see cref="Runtime.Events.StreamsBatchResponse"/>.
/// </summary>
/// <param name="table">Table name.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class DynamoDbStreamAttribute(string table) : Attribute
{
    /// <summary>Table name.</summary>
    public string Table { get; } = table;

    /// <summary>Where to start.</summary>
    public StreamStartingPosition StartingPosition { get; set; }

    /// <summary>Records per invocation, 1–10000.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Split a failing batch in two and retry, isolating a poison record (on by default).</summary>
    public bool BisectBatchOnError { get; set; } = true;

    /// <summary>Only the records the response lists as failed are retried.</summary>
    public bool ReportBatchItemFailures { get; set; } = true;
}

/// <summary>
/// Records from a Kinesis data stream (created by the IaC). The method takes a <see cref="Runtime.Events.KinesisEvent"/>
/// and may return a <see cref="Runtime.Events.StreamsBatchResponse"/>.
/// </summary>
/// <param name="stream">Stream name.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class KinesisStreamAttribute(string stream) : Attribute
{
    /// <summary>Stream name.</summary>
    public string Stream { get; } = stream;

    /// <summary>Where to start.</summary>
    public StreamStartingPosition StartingPosition { get; set; }

    /// <summary>Records per invocation, 1–10000.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>Split a failing batch in two and retry, isolating a poison record (on by default).</summary>
    public bool BisectBatchOnError { get; set; } = true;

    /// <summary>Only the records the response lists as failed are retried.</summary>
    public bool ReportBatchItemFailures { get; set; } = true;
}
