using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// A batch of Amazon SQS messages delivered by an SQS event source mapping.
/// </summary>
/// <remarks>To report partial failures, return a <see cref="SqsBatchResponse"/>.</remarks>
public sealed class SqsEvent : IJsonOnDeserialized
{
    /// <summary>Gets or sets the messages in the batch.</summary>
    [JsonRequired]
    [JsonPropertyName("Records")]
    public IList<SqsMessage> Records { get; set; } = [];

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.Items(Records, "Records");
    }
}

/// <summary>One Amazon SQS message in an <see cref="SqsEvent"/>.</summary>
public sealed class SqsMessage : IJsonOnDeserialized
{
    /// <summary>Gets or sets the message ID; use it to report the message as failed.</summary>
    [JsonRequired]
    [JsonPropertyName("messageId")]
    public string MessageId { get; set; } = string.Empty;

    /// <summary>Gets or sets the receipt handle of this receive.</summary>
    [JsonPropertyName("receiptHandle")]
    public string ReceiptHandle { get; set; } = string.Empty;

    /// <summary>Gets or sets the message body, as sent.</summary>
    [JsonRequired]
    [JsonPropertyName("body")]
    public string Body { get; set; } = string.Empty;

    /// <summary>Gets or sets the system attributes, such as <c>ApproximateReceiveCount</c> and <c>SentTimestamp</c>.</summary>
    [JsonPropertyName("attributes")]
    public IDictionary<string, string>? Attributes { get; set; }

    /// <summary>Gets or sets the message attributes set by the sender, by name.</summary>
    [JsonPropertyName("messageAttributes")]
    public IDictionary<string, SqsMessageAttribute>? MessageAttributes { get; set; }

    /// <summary>Gets or sets the MD5 digest of the body.</summary>
    [JsonPropertyName("md5OfBody")]
    public string? Md5OfBody { get; set; }

    /// <summary>Gets or sets the MD5 digest of the message attributes, when there are any.</summary>
    [JsonPropertyName("md5OfMessageAttributes")]
    public string? Md5OfMessageAttributes { get; set; }

    /// <summary>Gets or sets the event source, <c>aws:sqs</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; set; } = string.Empty;

    /// <summary>Gets or sets the ARN of the queue.</summary>
    [JsonPropertyName("eventSourceARN")]
    public string EventSourceArn { get; set; } = string.Empty;

    /// <summary>Gets or sets the region of the queue.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(MessageId, "messageId");
        Required.NotNull(ReceiptHandle, "receiptHandle");
        Required.NotNull(Body, "body");
        Required.NotNull(EventSource, "eventSource");
        Required.NotNull(EventSourceArn, "eventSourceARN");
        Required.NotNull(AwsRegion, "awsRegion");
        Required.NoNullValues(MessageAttributes, "messageAttributes");
    }
}

/// <summary>A message attribute of an <see cref="SqsMessage"/>.</summary>
public sealed class SqsMessageAttribute : IJsonOnDeserialized
{
    /// <summary>Gets or sets the value of a <c>String</c> or <c>Number</c> attribute.</summary>
    [JsonPropertyName("stringValue")]
    public string? StringValue { get; set; }

    /// <summary>Gets or sets the base64 value of a <c>Binary</c> attribute.</summary>
    [JsonPropertyName("binaryValue")]
    public string? BinaryValue { get; set; }

    /// <summary>Gets or sets the string list values (reserved by SQS; usually empty).</summary>
    [JsonPropertyName("stringListValues")]
    public IList<string>? StringListValues { get; set; }

    /// <summary>Gets or sets the binary list values (reserved by SQS; usually empty).</summary>
    [JsonPropertyName("binaryListValues")]
    public IList<string>? BinaryListValues { get; set; }

    /// <summary>Gets or sets the data type: <c>String</c>, <c>Number</c> or <c>Binary</c>, with an optional custom suffix.</summary>
    [JsonPropertyName("dataType")]
    public string DataType { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(DataType, "dataType");
    }
}
