using System.Text.Json;
using System.Text.Json.Serialization;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public class EventBridgeEventTests
{
    [Fact]
    public void Envelope_fields_are_read_including_detail_type()
    {
        // Act
        var evt = Payloads.Deserialize("eventbridge.json", EventBridgeJsonContext.Default.EventBridgeEventJsonElement);

        // Assert
        Assert.Equal("0", evt.Version);
        Assert.Equal("6a7e8feb-b491-4cf7-a9f1-bf3703467718", evt.Id);
        Assert.Equal("OrderPlaced", evt.DetailType);
        Assert.Equal("com.example.orders", evt.Source);
        Assert.Equal("123456789012", evt.Account);
        Assert.Equal("us-east-1", evt.Region);
        Assert.Empty(evt.Resources);
    }

    [Fact]
    public void Time_is_read_as_a_utc_timestamp()
    {
        // Act
        var evt = Payloads.Deserialize("eventbridge.json", EventBridgeJsonContext.Default.EventBridgeEventJsonElement);

        // Assert
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 15, 2, TimeSpan.Zero), evt.Time);
    }

    [Fact]
    public void Untyped_detail_is_available_as_json()
    {
        // Act
        var evt = Payloads.Deserialize("eventbridge.json", EventBridgeJsonContext.Default.EventBridgeEventJsonElement);

        // Assert
        Assert.Equal("ord-1001", evt.Detail.GetProperty("orderId").GetString());
    }

    [Fact]
    public void Typed_detail_is_read_through_a_user_source_generated_context()
    {
        // Act
        var evt = Payloads.Deserialize("eventbridge.json", OrderEventsJsonContext.Default.EventBridgeEventOrderPlaced);

        // Assert
        Assert.Equal("OrderPlaced", evt.DetailType);
        Assert.Equal("ord-1001", evt.Detail!.OrderId);
        Assert.Equal(42.5m, evt.Detail.Total);
        Assert.Equal("B-7", evt.Detail.Items[1].Sku);
    }

    [Fact]
    public void Envelope_keeps_AWS_names_under_a_user_naming_policy()
    {
        // Arrange
        var evt = Payloads.Deserialize("eventbridge.json", OrderEventsJsonContext.Default.EventBridgeEventOrderPlaced);

        // Act
        var json = Payloads.SerializeToElement(evt, OrderEventsJsonContext.Default.EventBridgeEventOrderPlaced);

        // Assert
        Assert.Equal("OrderPlaced", json.GetProperty("detail-type").GetString());
        Assert.Equal("c-42", json.GetProperty("detail").GetProperty("customerId").GetString());
    }

    [Fact]
    public void Scheduled_event_has_its_rule_as_resource_and_an_empty_detail()
    {
        // Act
        var evt = Payloads.Deserialize("schedule.json", EventBridgeJsonContext.Default.ScheduledEvent);

        // Assert
        Assert.Equal("Scheduled Event", evt.DetailType);
        Assert.Equal("aws.events", evt.Source);
        Assert.Equal(["arn:aws:events:us-east-1:123456789012:rule/nightly-job"], evt.Resources);
        Assert.Equal(JsonValueKind.Object, evt.Detail.ValueKind);
        Assert.Empty(evt.Detail.EnumerateObject());
    }

    [Fact]
    public void New_scheduled_event_serializes_with_an_empty_detail_object()
    {
        // Arrange
        var evt = new ScheduledEvent { Id = "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa" };

        // Act
        var json = Payloads.SerializeToElement(evt, EventBridgeJsonContext.Default.ScheduledEvent);

        // Assert
        Assert.Equal("Scheduled Event", json.GetProperty("detail-type").GetString());
        Assert.Equal("{}", json.GetProperty("detail").GetRawText());
    }
}

public sealed class OrderPlaced
{
    public string OrderId { get; set; } = string.Empty;

    public string CustomerId { get; set; } = string.Empty;

    public decimal Total { get; set; }

    public string Currency { get; set; } = string.Empty;

    public IList<OrderLine> Items { get; set; } = [];
}

public sealed class OrderLine
{
    public string Sku { get; set; } = string.Empty;

    public int Qty { get; set; }
}

/// <summary>What a user writes to read their own EventBridge detail type without reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EventBridgeEvent<OrderPlaced>))]
internal sealed partial class OrderEventsJsonContext : JsonSerializerContext;
