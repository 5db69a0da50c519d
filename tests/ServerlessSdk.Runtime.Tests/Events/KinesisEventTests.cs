using System.Text;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public class KinesisEventTests
{
    [Fact]
    public void Record_envelope_is_read()
    {
        // Act
        var record = Payloads.Deserialize("kinesis.json", StreamsJsonContext.Default.KinesisEvent).Records[1];

        // Assert
        Assert.Equal("aws:kinesis", record.EventSource);
        Assert.Equal("aws:kinesis:record", record.EventName);
        Assert.Equal("shardId-000000000006:49590338271490256608559692540925702759324208523137515618", record.EventId);
        Assert.Equal("arn:aws:iam::123456789012:role/telemetry-consumer", record.InvokeIdentityArn);
        Assert.Equal("arn:aws:kinesis:us-east-1:123456789012:stream/telemetry", record.EventSourceArn);
    }

    [Fact]
    public void Kinesis_record_metadata_is_read()
    {
        // Act
        var kinesis = Payloads.Deserialize("kinesis.json", StreamsJsonContext.Default.KinesisEvent).Records[1].Kinesis;

        // Assert
        Assert.Equal("1.0", kinesis.KinesisSchemaVersion);
        Assert.Equal("thermo-9", kinesis.PartitionKey);
        Assert.Equal("49590338271490256608559692540925702759324208523137515618", kinesis.SequenceNumber);
        Assert.Equal(1795858502.114, kinesis.ApproximateArrivalTimestamp);
        Assert.Equal("NONE", kinesis.EncryptionType);
    }

    [Fact]
    public void Data_is_decoded_from_base64_by_GetDataBytes()
    {
        // Arrange
        var kinesis = Payloads.Deserialize("kinesis.json", StreamsJsonContext.Default.KinesisEvent).Records[0].Kinesis;

        // Act
        var bytes = kinesis.GetDataBytes();

        // Assert
        Assert.Equal("""{"deviceId":"thermo-7","celsius":21.5}""", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Batch_response_reports_a_failed_record_by_its_sequence_number()
    {
        // Arrange
        var record = Payloads.Deserialize("kinesis.json", StreamsJsonContext.Default.KinesisEvent).Records[0];
        var response = new StreamsBatchResponse();

        // Act
        response.AddFailure(record);
        var json = Payloads.SerializeToElement(response, StreamsJsonContext.Default.StreamsBatchResponse);

        // Assert
        Assert.Equal(
            "49590338271490256608559692538361571095921575989136588898",
            json.GetProperty("batchItemFailures")[0].GetProperty("itemIdentifier").GetString());
    }
}
