using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// An Amazon EventBridge event whose <c>detail</c> is deserialized as <typeparamref name="TDetail"/>.
/// </summary>
/// <typeparam name="TDetail">
/// The detail type. Use <see cref="JsonElement"/> for untyped access, or your own type registered in your own
/// <see cref="JsonSerializerContext"/> (see <see cref="EventBridgeJsonContext"/>).
/// </typeparam>
public class EventBridgeEvent<TDetail> : IJsonOnDeserialized
{
    /// <summary>Gets or sets the envelope version, <c>0</c>.</summary>
    [JsonPropertyName("version")]
    public string Version { get; set; } = string.Empty;

    /// <summary>Gets or sets the unique event ID.</summary>
    [JsonRequired]
    [JsonPropertyName("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the detail type, such as <c>Object Created</c>; with <see cref="Source"/> it names the event's shape.</summary>
    [JsonRequired]
    [JsonPropertyName("detail-type")]
    public string DetailType { get; set; } = string.Empty;

    /// <summary>Gets or sets the source that emitted the event, such as <c>aws.s3</c> or <c>com.example.orders</c>.</summary>
    [JsonRequired]
    [JsonPropertyName("source")]
    public string Source { get; set; } = string.Empty;

    /// <summary>Gets or sets the AWS account the event was emitted in.</summary>
    [JsonPropertyName("account")]
    public string Account { get; set; } = string.Empty;

    /// <summary>Gets or sets when the event happened, as given by its source.</summary>
    [JsonPropertyName("time")]
    public DateTimeOffset Time { get; set; }

    /// <summary>Gets or sets the region the event was emitted in.</summary>
    [JsonPropertyName("region")]
    public string Region { get; set; } = string.Empty;

    /// <summary>Gets or sets the ARNs of the resources the event concerns.</summary>
    [JsonPropertyName("resources")]
    public IList<string> Resources { get; set; } = [];

    /// <summary>Gets or sets the event's payload.</summary>
    [JsonPropertyName("detail")]
    public TDetail? Detail { get; set; }

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(Version, "version");
        Required.NotNull(Id, "id");
        Required.NotNull(DetailType, "detail-type");
        Required.NotNull(Source, "source");
        Required.NotNull(Account, "account");
        Required.NotNull(Region, "region");
        Required.Items(Resources, "resources");
    }
}

/// <summary>
/// An event from an EventBridge schedule rule (<c>detail-type</c> <c>Scheduled Event</c>); its detail is an empty object.
/// </summary>
public sealed class ScheduledEvent : EventBridgeEvent<JsonElement>
{
    private static readonly JsonElement EmptyDetail = JsonElement.Parse("{}");

    /// <summary>Initializes a new instance of the <see cref="ScheduledEvent"/> class with an empty detail.</summary>
    public ScheduledEvent()
    {
        DetailType = "Scheduled Event";
        Source = "aws.events";
        Detail = EmptyDetail;
    }
}
