using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public class SqsEventTests
{
    [Fact]
    public void Every_message_of_the_batch_is_read()
    {
        // Act
        var sqsEvent = Payloads.Deserialize("sqs.json", SqsJsonContext.Default.SqsEvent);

        // Assert
        Assert.Equal(2, sqsEvent.Records.Count);
        Assert.Equal("059f36b4-87a3-44ab-83d2-661975890002", sqsEvent.Records[1].MessageId);
    }

    [Fact]
    public void Message_body_and_source_are_read()
    {
        // Act
        var message = Payloads.Deserialize("sqs.json", SqsJsonContext.Default.SqsEvent).Records[1];

        // Assert
        Assert.StartsWith("""{"orderId":"ord-1002",""", message.Body, StringComparison.Ordinal);
        Assert.Equal("aws:sqs", message.EventSource);
        Assert.Equal("arn:aws:sqs:us-east-1:123456789012:orders", message.EventSourceArn);
        Assert.Equal("us-east-1", message.AwsRegion);
        Assert.Equal("648998efb9c791d3d75bca3d4bff8375", message.Md5OfBody);
    }

    [Fact]
    public void System_attributes_are_read_as_strings()
    {
        // Act
        var message = Payloads.Deserialize("sqs.json", SqsJsonContext.Default.SqsEvent).Records[0];

        // Assert
        Assert.Equal("1", message.Attributes!["ApproximateReceiveCount"]);
        Assert.Equal("1710322867123", message.Attributes["SentTimestamp"]);
    }

    [Fact]
    public void Message_attributes_are_read_by_name()
    {
        // Act
        var attempt = Payloads.Deserialize("sqs.json", SqsJsonContext.Default.SqsEvent)
            .Records[0].MessageAttributes!["attempt"];

        // Assert
        Assert.Equal("1", attempt.StringValue);
        Assert.Equal("Number", attempt.DataType);
        Assert.Null(attempt.BinaryValue);
    }

    [Fact]
    public void Batch_response_reports_a_failed_message_by_its_id()
    {
        // Arrange
        var sqsEvent = Payloads.Deserialize("sqs.json", SqsJsonContext.Default.SqsEvent);
        var response = new SqsBatchResponse();

        // Act
        response.AddFailure(sqsEvent.Records[1]);
        var json = JsonSerializer.Serialize(response, SqsJsonContext.Default.SqsBatchResponse);

        // Assert
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"059f36b4-87a3-44ab-83d2-661975890002"}]}""", json);
    }

    [Fact]
    public void Batch_response_without_failures_serializes_an_empty_list()
    {
        // Arrange
        var response = new SqsBatchResponse();

        // Act
        var json = JsonSerializer.Serialize(response, SqsJsonContext.Default.SqsBatchResponse);

        // Assert
        Assert.Equal("""{"batchItemFailures":[]}""", json);
    }
}
