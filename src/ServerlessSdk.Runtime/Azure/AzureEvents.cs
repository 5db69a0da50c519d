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

    /// <summary>A blob (binding <c>blob</c>).</summary>
    public static BlobTriggerEvent Blob(AzureInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return new BlobTriggerEvent
        {
            Content = invocation.DataText("blob"),
            BlobTrigger = invocation.MetadataText("BlobTrigger"),
            Name = invocation.MetadataText("name"),
            Uri = invocation.MetadataText("Uri"),
        };
    }

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
