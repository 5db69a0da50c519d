using System.Text.Json;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Tests.Checks;

namespace ServerlessSdk.Tooling.Tests.Measurement;

public sealed class SampleEventsTests
{
    public static TheoryData<string> TriggerTypes() => [.. SampleEvents.TriggerTypes];

    [Theory]
    [MemberData(nameof(TriggerTypes))]
    public void Every_trigger_type_has_a_json_object_as_its_sample(string triggerType)
    {
        var result = SampleEvents.For(triggerType);

        Assert.True(result.Succeeded);
        using var json = JsonDocument.Parse(result.Payload);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public void The_api_sample_is_an_http_api_payload_version_2_event()
    {
        using var json = JsonDocument.Parse(SampleEvents.For("api").Payload);

        Assert.Equal("2.0", json.RootElement.GetProperty("version").GetString());
        Assert.True(json.RootElement.TryGetProperty("rawPath", out _));
    }

    [Theory]
    [InlineData("sqs", "aws:sqs")]
    [InlineData("sns", "aws:sns")]
    [InlineData("s3", "aws:s3")]
    [InlineData("dynamodb", "aws:dynamodb")]
    [InlineData("kinesis", "aws:kinesis")]
    public void Record_based_samples_come_from_their_service(string triggerType, string eventSource)
    {
        using var json = JsonDocument.Parse(SampleEvents.For(triggerType).Payload);

        var record = json.RootElement.GetProperty("Records")[0];
        var source = record.TryGetProperty("eventSource", out var lower) ? lower : record.GetProperty("EventSource");
        Assert.Equal(eventSource, source.GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void No_trigger_type_means_the_api_sample(string? triggerType)
    {
        var result = SampleEvents.For(triggerType);

        Assert.Equal("api", result.TriggerType);
        Assert.Equal(SampleEvents.For("api").Payload.ToArray(), result.Payload.ToArray());
    }

    [Fact]
    public void Trigger_types_ignore_case()
    {
        var result = SampleEvents.For(" SQS ");

        Assert.True(result.Succeeded);
        Assert.Equal("sqs", result.TriggerType);
    }

    [Fact]
    public void An_unknown_trigger_type_is_reported_with_its_code()
    {
        var result = SampleEvents.For("websocket");

        Assert.False(result.Succeeded);
        Assert.True(result.Payload.IsEmpty);
        Assert.Equal([DiagnosticCodes.UnknownTriggerType], Codes.Of(result.Diagnostics));
    }
}
