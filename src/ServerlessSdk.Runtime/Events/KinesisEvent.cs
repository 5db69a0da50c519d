using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// A batch of Amazon Kinesis Data Streams records delivered by an event source mapping.
/// </summary>
/// <remarks>To report partial failures, return a <see cref="StreamsBatchResponse"/>.</remarks>
public sealed class KinesisEvent : IJsonOnDeserialized
{
    /// <summary>Gets or sets the records in the batch.</summary>
    [JsonRequired]
    [JsonPropertyName("Records")]
    public IList<KinesisEventRecord> Records { get; set; } = [];

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.Items(Records, "Records");
    }
}

/// <summary>One record of a <see cref="KinesisEvent"/>.</summary>
public sealed class KinesisEventRecord : IJsonOnDeserialized
{
    /// <summary>Gets or sets the Kinesis record itself.</summary>
    [JsonRequired]
    [JsonPropertyName("kinesis")]
    public KinesisRecord Kinesis { get; set; } = new();

    /// <summary>Gets or sets the event source, <c>aws:kinesis</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; set; } = string.Empty;

    /// <summary>Gets or sets the event version.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; set; } = string.Empty;

    /// <summary>Gets or sets the event ID: the shard ID and sequence number.</summary>
    [JsonPropertyName("eventID")]
    public string EventId { get; set; } = string.Empty;

    /// <summary>Gets or sets the event name, <c>aws:kinesis:record</c>.</summary>
    [JsonPropertyName("eventName")]
    public string EventName { get; set; } = string.Empty;

    /// <summary>Gets or sets the ARN of the role Lambda used to read the stream.</summary>
    [JsonPropertyName("invokeIdentityArn")]
    public string? InvokeIdentityArn { get; set; }

    /// <summary>Gets or sets the region of the stream.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; set; } = string.Empty;

    /// <summary>Gets or sets the ARN of the stream.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(Kinesis, "kinesis");
        Required.NotNull(EventSource, "eventSource");
        Required.NotNull(EventVersion, "eventVersion");
        Required.NotNull(EventId, "eventID");
        Required.NotNull(EventName, "eventName");
        Required.NotNull(AwsRegion, "awsRegion");
        Required.NotNull(EventSourceArn, "eventSourceARN");
    }
}

/// <summary>The <c>kinesis</c> part of a Kinesis event record.</summary>
public sealed class KinesisRecord : IJsonOnDeserialized
{
    /// <summary>Gets or sets the schema version, such as <c>1.0</c>.</summary>
    [JsonPropertyName("kinesisSchemaVersion")]
    public string KinesisSchemaVersion { get; set; } = string.Empty;

    /// <summary>Gets or sets the partition key the producer used.</summary>
    [JsonPropertyName("partitionKey")]
    public string PartitionKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the sequence number within the shard; use it to report the record as failed.</summary>
    [JsonRequired]
    [JsonPropertyName("sequenceNumber")]
    public string SequenceNumber { get; set; } = string.Empty;

    /// <summary>Gets or sets the record data, base64-encoded; see <see cref="GetDataBytes"/>.</summary>
    [JsonRequired]
    [JsonPropertyName("data")]
    public string Data { get; set; } = string.Empty;

    /// <summary>Gets or sets when the record reached the stream, in Unix epoch seconds.</summary>
    [JsonPropertyName("approximateArrivalTimestamp")]
    public double ApproximateArrivalTimestamp { get; set; }

    /// <summary>Gets or sets the encryption type, <c>NONE</c> or <c>KMS</c>, when Kinesis sends it.</summary>
    [JsonPropertyName("encryptionType")]
    public string? EncryptionType { get; set; }

    /// <summary>Gets the record data decoded from base64.</summary>
    /// <returns>The data bytes.</returns>
    /// <exception cref="FormatException"><see cref="Data"/> is not valid base64.</exception>
    public byte[] GetDataBytes() => Convert.FromBase64String(Data);

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(KinesisSchemaVersion, "kinesisSchemaVersion");
        Required.NotNull(PartitionKey, "partitionKey");
        Required.NotNull(SequenceNumber, "sequenceNumber");
        Required.NotNull(Data, "data");
    }
}
