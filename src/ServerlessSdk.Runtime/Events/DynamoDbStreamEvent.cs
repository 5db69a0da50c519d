using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// A batch of Amazon DynamoDB stream records delivered by an event source mapping.
/// </summary>
/// <remarks>To report partial failures, return a <see cref="StreamsBatchResponse"/>.</remarks>
public sealed class DynamoDbStreamEvent : IJsonOnDeserialized
{
    /// <summary>Gets or sets the stream records in the batch.</summary>
    [JsonRequired]
    [JsonPropertyName("Records")]
    public IList<DynamoDbStreamEventRecord> Records { get; set; } = [];

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.Items(Records, "Records");
    }
}

/// <summary>One record of a <see cref="DynamoDbStreamEvent"/>.</summary>
public sealed class DynamoDbStreamEventRecord : IJsonOnDeserialized
{
    /// <summary>Gets or sets the unique record ID.</summary>
    [JsonPropertyName("eventID")]
    public string EventId { get; set; } = string.Empty;

    /// <summary>Gets or sets the kind of change: <c>INSERT</c>, <c>MODIFY</c> or <c>REMOVE</c>.</summary>
    [JsonRequired]
    [JsonPropertyName("eventName")]
    public string EventName { get; set; } = string.Empty;

    /// <summary>Gets or sets the event version.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; set; } = string.Empty;

    /// <summary>Gets or sets the event source, <c>aws:dynamodb</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; set; } = string.Empty;

    /// <summary>Gets or sets the region of the table.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; set; } = string.Empty;

    /// <summary>Gets or sets the ARN of the stream.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; set; } = string.Empty;

    /// <summary>Gets or sets who made the change; set for deletes by Time to Live.</summary>
    [JsonPropertyName("userIdentity")]
    public DynamoDbUserIdentity? UserIdentity { get; set; }

    /// <summary>Gets or sets the change itself.</summary>
    [JsonRequired]
    [JsonPropertyName("dynamodb")]
    public DynamoDbStreamRecord DynamoDb { get; set; } = new();

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(EventId, "eventID");
        Required.NotNull(EventName, "eventName");
        Required.NotNull(EventVersion, "eventVersion");
        Required.NotNull(EventSource, "eventSource");
        Required.NotNull(AwsRegion, "awsRegion");
        Required.NotNull(EventSourceArn, "eventSourceARN");
        Required.NotNull(DynamoDb, "dynamodb");
    }
}

/// <summary>The <c>dynamodb</c> part of a stream record: the keys and item images of one change.</summary>
public sealed class DynamoDbStreamRecord : IJsonOnDeserialized
{
    /// <summary>Gets or sets when the change was made, in Unix epoch seconds.</summary>
    [JsonPropertyName("ApproximateCreationDateTime")]
    public double ApproximateCreationDateTime { get; set; }

    /// <summary>Gets or sets the primary key attributes of the changed item.</summary>
    [JsonPropertyName("Keys")]
    public IDictionary<string, DynamoDbAttributeValue>? Keys { get; set; }

    /// <summary>Gets or sets the item after the change, when the stream view type includes it.</summary>
    [JsonPropertyName("NewImage")]
    public IDictionary<string, DynamoDbAttributeValue>? NewImage { get; set; }

    /// <summary>Gets or sets the item before the change, when the stream view type includes it.</summary>
    [JsonPropertyName("OldImage")]
    public IDictionary<string, DynamoDbAttributeValue>? OldImage { get; set; }

    /// <summary>Gets or sets the record's sequence number; use it to report the record as failed.</summary>
    [JsonRequired]
    [JsonPropertyName("SequenceNumber")]
    public string SequenceNumber { get; set; } = string.Empty;

    /// <summary>Gets or sets the size of the record in bytes.</summary>
    [JsonPropertyName("SizeBytes")]
    public long SizeBytes { get; set; }

    /// <summary>Gets or sets what the stream captures: <c>KEYS_ONLY</c>, <c>NEW_IMAGE</c>, <c>OLD_IMAGE</c> or <c>NEW_AND_OLD_IMAGES</c>.</summary>
    [JsonPropertyName("StreamViewType")]
    public string StreamViewType { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(SequenceNumber, "SequenceNumber");
        Required.NotNull(StreamViewType, "StreamViewType");
        Required.NoNullValues(Keys, "Keys");
        Required.NoNullValues(NewImage, "NewImage");
        Required.NoNullValues(OldImage, "OldImage");
    }
}

/// <summary>Who made a DynamoDB change; present when Time to Live deleted the item.</summary>
public sealed class DynamoDbUserIdentity : IJsonOnDeserialized
{
    /// <summary>Gets or sets the identity type, <c>Service</c>.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>Gets or sets the principal, <c>dynamodb.amazonaws.com</c>.</summary>
    [JsonPropertyName("principalId")]
    public string PrincipalId { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(Type, "type");
        Required.NotNull(PrincipalId, "principalId");
    }
}

/// <summary>
/// A DynamoDB attribute value in wire format; exactly one member is set.
/// </summary>
/// <remarks>Numbers are strings, to keep DynamoDB's precision; binary values are base64.</remarks>
public sealed class DynamoDbAttributeValue : IJsonOnDeserialized
{
    /// <summary>Gets or sets a string value.</summary>
    [JsonPropertyName("S")]
    public string? S { get; set; }

    /// <summary>Gets or sets a number value, as a string.</summary>
    [JsonPropertyName("N")]
    public string? N { get; set; }

    /// <summary>Gets or sets a binary value, base64-encoded.</summary>
    [JsonPropertyName("B")]
    public string? B { get; set; }

    /// <summary>Gets or sets a string set.</summary>
    [JsonPropertyName("SS")]
    public IList<string>? SS { get; set; }

    /// <summary>Gets or sets a number set, each number as a string.</summary>
    [JsonPropertyName("NS")]
    public IList<string>? NS { get; set; }

    /// <summary>Gets or sets a binary set, each value base64-encoded.</summary>
    [JsonPropertyName("BS")]
    public IList<string>? BS { get; set; }

    /// <summary>Gets or sets a map of attribute values.</summary>
    [JsonPropertyName("M")]
    public IDictionary<string, DynamoDbAttributeValue>? M { get; set; }

    /// <summary>Gets or sets a list of attribute values.</summary>
    [JsonPropertyName("L")]
    public IList<DynamoDbAttributeValue>? L { get; set; }

    /// <summary>Gets or sets <see langword="true"/> when the value is DynamoDB <c>NULL</c>.</summary>
    [JsonPropertyName("NULL")]
    public bool? Null { get; set; }

    /// <summary>Gets or sets a Boolean value.</summary>
    [JsonPropertyName("BOOL")]
    public bool? Bool { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NoNullValues(M, "M");
        Required.NoNullItems(L, "L");
    }
}
