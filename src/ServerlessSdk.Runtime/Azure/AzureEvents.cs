using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Azure;

/// <summary>
/// Builds the typed events from an invocation, by the binding names the SDK writes into function.json: queue and
/// Service Bus <c>message</c>, blob <c>blob</c>, timer <c>timer</c>. Metadata names are the ones Azure documents per
/// trigger. The generated entry point passes these to <see cref="AzureFunctionsHost.MapEvent{TEvent}"/>.
/// </summary>
public static class AzureEvents
{
    /// <summary>A Storage queue message (binding <c>message</c>).</summary>
    public static StorageQueueMessage StorageQueue(AzureInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return new StorageQueueMessage
        {
            Body = invocation.DataText("message") ?? string.Empty,
            Id = invocation.MetadataText("Id"),
            DequeueCount = invocation.MetadataInt32("DequeueCount"),
            InsertionTime = invocation.MetadataTime("InsertionTime"),
            ExpirationTime = invocation.MetadataTime("ExpirationTime"),
            NextVisibleTime = invocation.MetadataTime("NextVisibleTime"),
            PopReceipt = invocation.MetadataText("PopReceipt"),
        };
    }

    /// <summary>
    /// A blob (binding <c>blob</c>). The host sends a custom handler the blob's bytes base64-encoded and leaves
    /// metadata keys ending in "Trigger" out (azure-functions-host, ScriptInvocationContextExtensions
    /// .ToHttpScriptInvocationContext), so the content is decoded here (a value that is not base64 is taken as text)
    /// and <c>BlobTrigger</c>, when not sent, is the blob's <c>container/name</c> read from its <c>Uri</c>.
    /// </summary>
    public static BlobTriggerEvent Blob(AzureInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var data = invocation.DataText("blob");
        var bytes = data is null ? null : Base64(data) ?? System.Text.Encoding.UTF8.GetBytes(data);
        var uri = invocation.MetadataText("Uri");
        return new BlobTriggerEvent
        {
            Content = bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes),
            Bytes = bytes,
            BlobTrigger = invocation.MetadataText("BlobTrigger") ?? BlobPath(uri),
            Name = invocation.MetadataText("name"),
            Uri = uri,
        };
    }

    private static byte[]? Base64(string text)
    {
        var buffer = new byte[text.Length];
        return text.Length > 0 && Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    // https://<account>.blob.core.windows.net/<container>/<name>; path-style (Azurite, an IP or localhost) puts the account first.
    private static string? BlobPath(string? uri)
    {
        if (!System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
        {
            return null;
        }

        var path = System.Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/'));
        var pathStyle = parsed.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || parsed.IsLoopback;
        return pathStyle ? (path.Split('/', 2) is [_, var rest] ? rest : null) : path;
    }

    /// <summary>
    /// An Event Grid event (binding <c>eventGridEvent</c>). The host sends it as a JSON object, or as its JSON text in a
    /// string (how the custom handler payload carries a value that is not an object); both are read.
    /// </summary>
    public static EventGridEvent EventGrid(AzureInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var value = invocation.Data.ValueKind == JsonValueKind.Object && invocation.Data.TryGetProperty("eventGridEvent", out var v) ? v : default;
        if (value.ValueKind == JsonValueKind.String)
        {
            try
            {
                value = JsonDocument.Parse(invocation.DataText("eventGridEvent")!).RootElement.Clone();
            }
            catch (JsonException)
            {
                value = default;
            }
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return new EventGridEvent();
        }

        return new EventGridEvent
        {
            Id = Member(value, "id"),
            Topic = Member(value, "topic"),
            Subject = Member(value, "subject"),
            EventType = Member(value, "eventType"),
            EventTime = DateTimeOffset.TryParse(Member(value, "eventTime"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? time : null,
            DataVersion = Member(value, "dataVersion"),
            Data = value.TryGetProperty("data", out var data) ? data.Clone() : default,
        };
    }

    private static string? Member(JsonElement value, string name) =>
        value.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String ? member.GetString() : null;

    /// <summary>A Service Bus message (binding <c>message</c>).</summary>
    public static ServiceBusMessage ServiceBus(AzureInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var message = new ServiceBusMessage
        {
            Body = invocation.DataText("message") ?? string.Empty,
            MessageId = invocation.MetadataText("MessageId"),
            DeliveryCount = invocation.MetadataInt32("DeliveryCount"),
            EnqueuedTimeUtc = invocation.MetadataTime("EnqueuedTimeUtc"),
            CorrelationId = invocation.MetadataText("CorrelationId"),
            ContentType = invocation.MetadataText("ContentType"),
            SessionId = invocation.MetadataText("SessionId"),
        };
        if (invocation.Metadata.ValueKind == JsonValueKind.Object
            && invocation.Metadata.TryGetProperty("UserProperties", out var properties)
            && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                message.ApplicationProperties[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
        }

        return message;
    }

    /// <summary>A timer tick (binding <c>timer</c>).</summary>
    public static TimerInfo Timer(AzureInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var info = new TimerInfo();
        if (invocation.Data.ValueKind == JsonValueKind.Object && invocation.Data.TryGetProperty("timer", out var timer) && timer.ValueKind == JsonValueKind.Object)
        {
            info.IsPastDue = timer.TryGetProperty("IsPastDue", out var pastDue) && pastDue.ValueKind == JsonValueKind.True;
            if (timer.TryGetProperty("ScheduleStatus", out var status) && status.ValueKind == JsonValueKind.Object)
            {
                info.Last = Time(status, "Last");
                info.Next = Time(status, "Next");
            }
        }

        return info;
    }

    /// <summary>
    /// A timer tick as the <see cref="ScheduledEvent"/> a [Schedule] handler takes on AWS, so one handler runs on both:
    /// <c>source</c> <c>azure.functions.timer</c>, <c>time</c> the host's <c>sys.UtcNow</c>, <c>id</c> the invocation id.
    /// </summary>
    public static ScheduledEvent Scheduled(AzureInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var now = invocation.Metadata.ValueKind == JsonValueKind.Object && invocation.Metadata.TryGetProperty("sys", out var sys) && sys.ValueKind == JsonValueKind.Object
            ? Time(sys, "UtcNow")
            : null;
        return new ScheduledEvent
        {
            Id = invocation.InvocationId,
            DetailType = "Scheduled Event",
            Source = "azure.functions.timer",
            Time = now ?? DateTimeOffset.UtcNow,
        };
    }

    private static DateTimeOffset? Time(JsonElement container, string name) =>
        container.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var time) ? time : null;
}
