using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// An Amazon SNS notification delivered to a subscribed function.
/// </summary>
public sealed class SnsEvent : IJsonOnDeserialized
{
    /// <summary>Gets or sets the notifications; SNS delivers one per invocation.</summary>
    [JsonRequired]
    [JsonPropertyName("Records")]
    public IList<SnsRecord> Records { get; set; } = [];

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.Items(Records, "Records");
    }
}

/// <summary>One record of an <see cref="SnsEvent"/>.</summary>
public sealed class SnsRecord : IJsonOnDeserialized
{
    /// <summary>Gets or sets the event source, <c>aws:sns</c>.</summary>
    [JsonPropertyName("EventSource")]
    public string EventSource { get; set; } = string.Empty;

    /// <summary>Gets or sets the event version.</summary>
    [JsonPropertyName("EventVersion")]
    public string EventVersion { get; set; } = string.Empty;

    /// <summary>Gets or sets the ARN of the subscription that delivered the message.</summary>
    [JsonPropertyName("EventSubscriptionArn")]
    public string EventSubscriptionArn { get; set; } = string.Empty;

    /// <summary>Gets or sets the notification itself.</summary>
    [JsonRequired]
    [JsonPropertyName("Sns")]
    public SnsMessage Sns { get; set; } = new();

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(EventSource, "EventSource");
        Required.NotNull(EventVersion, "EventVersion");
        Required.NotNull(EventSubscriptionArn, "EventSubscriptionArn");
        Required.NotNull(Sns, "Sns");
    }
}

/// <summary>The notification inside an <see cref="SnsRecord"/>.</summary>
public sealed class SnsMessage : IJsonOnDeserialized
{
    /// <summary>Gets or sets the notification type, <c>Notification</c>.</summary>
    [JsonPropertyName("Type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>Gets or sets the SNS message ID.</summary>
    [JsonRequired]
    [JsonPropertyName("MessageId")]
    public string MessageId { get; set; } = string.Empty;

    /// <summary>Gets or sets the ARN of the topic the message was published to.</summary>
    [JsonPropertyName("TopicArn")]
    public string TopicArn { get; set; } = string.Empty;

    /// <summary>Gets or sets the subject, when the publisher set one.</summary>
    [JsonPropertyName("Subject")]
    public string? Subject { get; set; }

    /// <summary>Gets or sets the message, as published.</summary>
    [JsonRequired]
    [JsonPropertyName("Message")]
    public string Message { get; set; } = string.Empty;

    /// <summary>Gets or sets when the message was published.</summary>
    [JsonPropertyName("Timestamp")]
    public DateTimeOffset Timestamp { get; set; }

    /// <summary>Gets or sets the signature version, <c>1</c> (SHA1) or <c>2</c> (SHA256).</summary>
    [JsonPropertyName("SignatureVersion")]
    public string? SignatureVersion { get; set; }

    /// <summary>Gets or sets the base64 signature of the message.</summary>
    [JsonPropertyName("Signature")]
    public string? Signature { get; set; }

    /// <summary>Gets or sets the URL of the certificate that signed the message.</summary>
    [JsonPropertyName("SigningCertUrl")]
    public string? SigningCertUrl { get; set; }

    /// <summary>Gets or sets the URL that unsubscribes the endpoint from the topic.</summary>
    [JsonPropertyName("UnsubscribeUrl")]
    public string? UnsubscribeUrl { get; set; }

    /// <summary>Gets or sets the message attributes set by the publisher, by name.</summary>
    [JsonPropertyName("MessageAttributes")]
    public IDictionary<string, SnsMessageAttribute>? MessageAttributes { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(Type, "Type");
        Required.NotNull(MessageId, "MessageId");
        Required.NotNull(TopicArn, "TopicArn");
        Required.NotNull(Message, "Message");
        Required.NoNullValues(MessageAttributes, "MessageAttributes");
    }
}

/// <summary>A message attribute of an <see cref="SnsMessage"/>.</summary>
public sealed class SnsMessageAttribute : IJsonOnDeserialized
{
    /// <summary>Gets or sets the data type, such as <c>String</c>, <c>Number</c>, <c>Binary</c> or <c>String.Array</c>.</summary>
    [JsonPropertyName("Type")]
    public string Type { get; set; } = string.Empty;

    /// <summary>Gets or sets the value; base64 for <c>Binary</c>.</summary>
    [JsonPropertyName("Value")]
    public string Value { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(Type, "Type");
        Required.NotNull(Value, "Value");
    }
}
