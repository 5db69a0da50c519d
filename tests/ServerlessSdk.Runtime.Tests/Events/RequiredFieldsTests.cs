using System.Text.Json;
using System.Text.Json.Nodes;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Hosting;

namespace ServerlessSdk.Runtime.Tests.Events;

/// <summary>
/// Each family's real sample payload, broken one way at a time: a null list, a null item, a required field
/// missing, a non-nullable field null. Every one must be a malformed event before a handler could see it.
/// </summary>
public sealed class RequiredFieldsTests
{
    public static TheoryData<string> Samples =>
    [
        "apigw-http-v2.json", "apigw-http-v2-base64.json", "apigw-http-v2-iam.json", "sqs.json", "sns.json",
        "eventbridge.json", "schedule.json", "s3-put.json", "dynamodb-stream.json", "kinesis.json",
    ];

    public static TheoryData<string, string, Change> Broken => new()
    {
        { "apigw-http-v2.json", "rawPath", Change.Remove },
        { "apigw-http-v2.json", "rawPath", Change.Null },
        { "apigw-http-v2.json", "requestContext", Change.Remove },
        { "apigw-http-v2.json", "requestContext", Change.Null },
        { "apigw-http-v2.json", "requestContext/http", Change.Remove },
        { "apigw-http-v2.json", "requestContext/http", Change.Null },
        { "apigw-http-v2.json", "requestContext/http/method", Change.Remove },
        { "apigw-http-v2.json", "requestContext/http/method", Change.Null },

        { "sqs.json", "Records", Change.Remove },
        { "sqs.json", "Records", Change.Null },
        { "sqs.json", "Records/1", Change.Null },
        { "sqs.json", "Records/0/messageId", Change.Remove },
        { "sqs.json", "Records/0/messageId", Change.Null },
        { "sqs.json", "Records/1/body", Change.Remove },
        { "sqs.json", "Records/0/receiptHandle", Change.Null },
        { "sqs.json", "Records/0/eventSourceARN", Change.Null },
        { "sqs.json", "Records/0/messageAttributes/attempt", Change.Null },
        { "sqs.json", "Records/0/messageAttributes/attempt/dataType", Change.Null },

        { "sns.json", "Records", Change.Remove },
        { "sns.json", "Records", Change.Null },
        { "sns.json", "Records/0", Change.Null },
        { "sns.json", "Records/0/Sns", Change.Remove },
        { "sns.json", "Records/0/Sns", Change.Null },
        { "sns.json", "Records/0/Sns/MessageId", Change.Remove },
        { "sns.json", "Records/0/Sns/Message", Change.Null },
        { "sns.json", "Records/0/Sns/TopicArn", Change.Null },
        { "sns.json", "Records/0/EventSubscriptionArn", Change.Null },

        { "eventbridge.json", "id", Change.Remove },
        { "eventbridge.json", "detail-type", Change.Remove },
        { "eventbridge.json", "detail-type", Change.Null },
        { "eventbridge.json", "source", Change.Remove },
        { "eventbridge.json", "account", Change.Null },
        { "eventbridge.json", "resources", Change.Null },
        { "schedule.json", "id", Change.Null },
        { "schedule.json", "resources/0", Change.Null },

        { "s3-put.json", "Records", Change.Remove },
        { "s3-put.json", "Records", Change.Null },
        { "s3-put.json", "Records/0", Change.Null },
        { "s3-put.json", "Records/0/eventName", Change.Remove },
        { "s3-put.json", "Records/0/s3", Change.Remove },
        { "s3-put.json", "Records/0/s3", Change.Null },
        { "s3-put.json", "Records/0/s3/bucket", Change.Remove },
        { "s3-put.json", "Records/0/s3/bucket/name", Change.Remove },
        { "s3-put.json", "Records/0/s3/object", Change.Null },
        { "s3-put.json", "Records/0/s3/object/key", Change.Remove },
        { "s3-put.json", "Records/0/s3/object/key", Change.Null },
        { "s3-put.json", "Records/0/awsRegion", Change.Null },

        { "dynamodb-stream.json", "Records", Change.Remove },
        { "dynamodb-stream.json", "Records", Change.Null },
        { "dynamodb-stream.json", "Records/0", Change.Null },
        { "dynamodb-stream.json", "Records/0/eventName", Change.Remove },
        { "dynamodb-stream.json", "Records/0/dynamodb", Change.Remove },
        { "dynamodb-stream.json", "Records/0/dynamodb", Change.Null },
        { "dynamodb-stream.json", "Records/0/dynamodb/SequenceNumber", Change.Remove },
        { "dynamodb-stream.json", "Records/0/eventID", Change.Null },
        { "dynamodb-stream.json", "Records/0/dynamodb/NewImage/pk", Change.Null },
        { "dynamodb-stream.json", "Records/0/dynamodb/NewImage/items/L/0", Change.Null },
        { "dynamodb-stream.json", "Records/0/dynamodb/NewImage/shipping/M/city", Change.Null },

        { "kinesis.json", "Records", Change.Remove },
        { "kinesis.json", "Records", Change.Null },
        { "kinesis.json", "Records/0", Change.Null },
        { "kinesis.json", "Records/0/kinesis", Change.Remove },
        { "kinesis.json", "Records/0/kinesis", Change.Null },
        { "kinesis.json", "Records/0/kinesis/sequenceNumber", Change.Remove },
        { "kinesis.json", "Records/0/kinesis/data", Change.Remove },
        { "kinesis.json", "Records/0/kinesis/data", Change.Null },
        { "kinesis.json", "Records/0/eventSourceARN", Change.Null },
    };

    /// <summary>Metadata Lambda always sends but a hand-written event may leave out: it reads as empty.</summary>
    public static TheoryData<string, string, Change> Tolerated => new()
    {
        { "apigw-http-v2.json", "version", Change.Remove },
        { "apigw-http-v2.json", "routeKey", Change.Null },
        { "apigw-http-v2.json", "requestContext/requestId", Change.Remove },
        { "apigw-http-v2.json", "headers", Change.Remove },
        { "sqs.json", "Records/0/receiptHandle", Change.Remove },
        { "sqs.json", "Records/0/messageAttributes", Change.Remove },
        { "sns.json", "Records/0/EventSubscriptionArn", Change.Remove },
        { "sns.json", "Records/0/Sns/Subject", Change.Null },
        { "eventbridge.json", "account", Change.Remove },
        { "eventbridge.json", "resources", Change.Remove },
        { "s3-put.json", "Records/0/s3/object/sequencer", Change.Remove },
        { "s3-put.json", "Records/0/userIdentity", Change.Null },
        { "dynamodb-stream.json", "Records/0/eventID", Change.Remove },
        { "dynamodb-stream.json", "Records/0/dynamodb/NewImage", Change.Remove },
        { "kinesis.json", "Records/0/kinesis/partitionKey", Change.Remove },
    };

    public enum Change
    {
        Remove,
        Null,
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_real_sample_payload_is_read(string sample)
    {
        var @event = Read(sample, Payloads.ReadBytes(sample));

        Assert.NotNull(@event);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_required_field_is_a_malformed_event(string sample, string path, Change change)
    {
        var payload = Break(Payloads.Read(sample), path, change);

        var error = Assert.Throws<InvocationFailedException>(() => Read(sample, payload));

        Assert.Equal(ErrorTypes.MalformedEvent, error.ErrorType);
        Assert.IsType<JsonException>(error.InnerException, exactMatch: false);
    }

    [Theory]
    [MemberData(nameof(Tolerated))]
    public void An_absent_metadata_field_is_read(string sample, string path, Change change)
    {
        var payload = Break(Payloads.Read(sample), path, change);

        var @event = Read(sample, payload);

        Assert.NotNull(@event);
    }

    [Fact]
    public void A_hand_written_sqs_event_with_the_message_id_and_body_is_read()
    {
        var @event = (SqsEvent)Read("sqs.json", """{"Records":[{"messageId":"m1","body":"work"}]}"""u8.ToArray());

        Assert.Equal(string.Empty, Assert.Single(@event.Records).EventSourceArn);
    }

    [Fact]
    public void An_empty_batch_is_read_as_empty()
    {
        var @event = (SqsEvent)Read("sqs.json", """{"Records":[]}"""u8.ToArray());

        Assert.Empty(@event.Records);
    }

    /// <summary>Reads the payload the way the runtime does, as the type the sample file stands for.</summary>
    private static object Read(string sample, byte[] payload) => sample switch
    {
        _ when sample.StartsWith("apigw-http-v2", StringComparison.Ordinal) => EventReader.Read(payload, HttpApiJsonContext.Default.HttpApiRequest),
        "sqs.json" => EventReader.Read(payload, SqsJsonContext.Default.SqsEvent),
        "sns.json" => EventReader.Read(payload, SnsJsonContext.Default.SnsEvent),
        "eventbridge.json" => EventReader.Read(payload, EventBridgeJsonContext.Default.EventBridgeEventJsonElement),
        "schedule.json" => EventReader.Read(payload, EventBridgeJsonContext.Default.ScheduledEvent),
        "s3-put.json" => EventReader.Read(payload, S3JsonContext.Default.S3Event),
        "dynamodb-stream.json" => EventReader.Read(payload, StreamsJsonContext.Default.DynamoDbStreamEvent),
        "kinesis.json" => EventReader.Read(payload, StreamsJsonContext.Default.KinesisEvent),
        _ => throw new ArgumentException($"no event type for {sample}", nameof(sample)),
    };

    /// <summary>Removes, or sets to null, the member or item at a '/'-separated path.</summary>
    private static byte[] Break(string json, string path, Change change)
    {
        var root = JsonNode.Parse(json)!;
        var steps = path.Split('/');
        var parent = steps[..^1].Aggregate(root, (node, step) => Child(node, step));
        var last = steps[^1];
        if (parent is JsonArray array)
        {
            Assert.Equal(Change.Null, change);
            array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = null;
        }
        else if (change == Change.Remove)
        {
            Assert.True(parent.AsObject().Remove(last), $"{path} is in the sample");
        }
        else
        {
            Assert.True(parent.AsObject().ContainsKey(last), $"{path} is in the sample");
            parent[last] = null;
        }

        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    private static JsonNode Child(JsonNode node, string step) =>
        (node is JsonArray array ? array[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)] : node[step])
        ?? throw new ArgumentException($"'{step}' is not in the sample", nameof(step));
}
