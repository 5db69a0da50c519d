namespace ServerlessSdk.Runtime.Events;

// Typed events of the Azure Functions triggers, built by the custom-handler runtime (ServerlessSdk.Runtime.Azure)
// from the host's invocation payload: { "Data": { "<binding>": … }, "Metadata": { … } }. Names follow the trigger
// metadata Azure documents for each binding.

/// <summary>An Azure Storage queue message (queue trigger).</summary>
public sealed class StorageQueueMessage
{
    /// <summary>Gets or sets the message content as text (JSON content as its JSON text).</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Gets or sets the message id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets how many times the message has been dequeued, this delivery included.</summary>
    public int DequeueCount { get; set; }

    /// <summary>Gets or sets when the message was added.</summary>
    public DateTimeOffset? InsertionTime { get; set; }

    /// <summary>Gets or sets when the message expires.</summary>
    public DateTimeOffset? ExpirationTime { get; set; }

    /// <summary>Gets or sets when the message becomes visible again if not deleted.</summary>
    public DateTimeOffset? NextVisibleTime { get; set; }

    /// <summary>Gets or sets the pop receipt of this delivery.</summary>
    public string? PopReceipt { get; set; }
}

/// <summary>A new or updated blob (blob trigger).</summary>
public sealed class BlobTriggerEvent
{
    /// <summary>Gets or sets the blob's content as UTF-8 text (the host delivers the bytes base64-encoded; see <see cref="Bytes"/>).</summary>
    public string? Content { get; set; }

    /// <summary>Gets or sets the blob's content as bytes, for content that is not text.</summary>
#pragma warning disable CA1819 // The content is a byte array by nature, as in the other event types' payloads.
    public byte[]? Bytes { get; set; }
#pragma warning restore CA1819

    /// <summary>Gets or sets the blob's <c>container/name</c>, such as <c>uploads/report.csv</c>.</summary>
    public string? BlobTrigger { get; set; }

    /// <summary>Gets or sets the blob's name (the <c>{name}</c> of the trigger path).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets the blob's URI.</summary>
    public string? Uri { get; set; }
}

/// <summary>
/// An Azure Event Grid event in the Event Grid schema (learn.microsoft.com, "Azure Event Grid event schema"): the
/// envelope, and <see cref="Data"/> as the publisher sent it.
/// </summary>
public sealed class EventGridEvent
{
    /// <summary>Gets or sets the event's unique id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the resource path of the source (the topic).</summary>
    public string? Topic { get; set; }

    /// <summary>Gets or sets the publisher-defined path of the subject, such as <c>/blobServices/default/containers/uploads/blobs/a.csv</c>.</summary>
    public string? Subject { get; set; }

    /// <summary>Gets or sets the event type, such as <c>Microsoft.Storage.BlobCreated</c>.</summary>
    public string? EventType { get; set; }

    /// <summary>Gets or sets when the publisher generated the event.</summary>
    public DateTimeOffset? EventTime { get; set; }

    /// <summary>Gets or sets the schema version of <see cref="Data"/>.</summary>
    public string? DataVersion { get; set; }

    /// <summary>Gets or sets the event's data (undefined when absent); read it with <c>Deserialize</c> and your own source-generated context.</summary>
    public System.Text.Json.JsonElement Data { get; set; }
}

/// <summary>An Azure Service Bus message (queue trigger).</summary>
public sealed class ServiceBusMessage
{
    /// <summary>Gets or sets the message body as text (JSON content as its JSON text).</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Gets or sets the message id.</summary>
    public string? MessageId { get; set; }

    /// <summary>Gets or sets how many times the message has been delivered.</summary>
    public int DeliveryCount { get; set; }

    /// <summary>Gets or sets when the message was enqueued.</summary>
    public DateTimeOffset? EnqueuedTimeUtc { get; set; }

    /// <summary>Gets or sets the correlation id.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>Gets or sets the content type.</summary>
    public string? ContentType { get; set; }

    /// <summary>Gets or sets the session id, for session-enabled queues.</summary>
    public string? SessionId { get; set; }

    /// <summary>Gets or sets the application properties (<c>UserProperties</c> in the trigger metadata), as text.</summary>
    public IDictionary<string, string> ApplicationProperties { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>A timer trigger's tick. <see cref="ScheduledEvent"/> works too, on both clouds.</summary>
public sealed class TimerInfo
{
    /// <summary>Gets or sets whether this tick is later than scheduled (the app was down or busy).</summary>
    public bool IsPastDue { get; set; }

    /// <summary>Gets or sets the last run the host recorded, when it keeps schedule status.</summary>
    public DateTimeOffset? Last { get; set; }

    /// <summary>Gets or sets the next scheduled run, when the host keeps schedule status.</summary>
    public DateTimeOffset? Next { get; set; }
}
