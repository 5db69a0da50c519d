using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public class PayloadRoundTripTests
{
    private static readonly System.Text.Json.Serialization.JsonSerializerContext[] Contexts =
    [
        HttpApiJsonContext.Default, SqsJsonContext.Default, SnsJsonContext.Default, EventBridgeJsonContext.Default,
        S3JsonContext.Default, StreamsJsonContext.Default,
    ];

    [Theory]
    [InlineData("apigw-http-v2.json", typeof(HttpApiRequest))]
    [InlineData("apigw-http-v2-base64.json", typeof(HttpApiRequest))]
    [InlineData("apigw-http-v2-iam.json", typeof(HttpApiRequest))]
    [InlineData("sqs.json", typeof(SqsEvent))]
    [InlineData("sns.json", typeof(SnsEvent))]
    [InlineData("eventbridge.json", typeof(EventBridgeEvent<JsonElement>))]
    [InlineData("schedule.json", typeof(ScheduledEvent))]
    [InlineData("s3-put.json", typeof(S3Event))]
    [InlineData("dynamodb-stream.json", typeof(DynamoDbStreamEvent))]
    [InlineData("kinesis.json", typeof(KinesisEvent))]
    public void Every_field_of_the_payload_survives_a_round_trip_under_its_AWS_name(string fileName, Type eventType)
    {
        // Arrange
        var typeInfo = Contexts.Select(context => context.GetTypeInfo(eventType)).Single(info => info is not null)!;
        using var original = JsonDocument.Parse(Payloads.Read(fileName));

        // Act
        var model = JsonSerializer.Deserialize(original.RootElement, typeInfo);
        var written = JsonSerializer.SerializeToElement(model, typeInfo);

        // Assert
        Assert.Equal(Paths(original.RootElement), Paths(written));
    }

    /// <summary>The sorted property paths of every non-null value, such as <c>Records[].dynamodb.Keys.pk.S</c>.</summary>
    private static List<string> Paths(JsonElement root)
    {
        var paths = new List<string>();
        Walk(root, "$", paths);
        paths.Sort(StringComparer.Ordinal);
        return paths;
    }

    private static void Walk(JsonElement element, string path, List<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}.{property.Name}", paths);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}[{index++}]", paths);
                }

                break;
        }

        paths.Add(path);
    }
}
