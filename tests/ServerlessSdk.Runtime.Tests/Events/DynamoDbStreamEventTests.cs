using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public class DynamoDbStreamEventTests
{
    private static DynamoDbStreamEvent Load() =>
        Payloads.Deserialize("dynamodb-stream.json", StreamsJsonContext.Default.DynamoDbStreamEvent);

    [Fact]
    public void Record_envelope_and_stream_metadata_are_read()
    {
        // Act
        var record = Load().Records[0];

        // Assert
        Assert.Equal("INSERT", record.EventName);
        Assert.Equal("c4ca4238a0b923820dcc509a6f75849b", record.EventId);
        Assert.Equal("arn:aws:dynamodb:us-east-1:123456789012:table/orders/stream/2026-11-01T00:00:00.000", record.EventSourceArn);
        Assert.Equal(1795858502d, record.DynamoDb.ApproximateCreationDateTime);
        Assert.Equal("111100000000002345678901", record.DynamoDb.SequenceNumber);
        Assert.Equal(412L, record.DynamoDb.SizeBytes);
        Assert.Equal("NEW_AND_OLD_IMAGES", record.DynamoDb.StreamViewType);
    }

    [Fact]
    public void Keys_are_read_as_attribute_values()
    {
        // Act
        var keys = Load().Records[0].DynamoDb.Keys!;

        // Assert
        Assert.Equal("ORDER#ord-1001", keys["pk"].S);
        Assert.Equal("META", keys["sk"].S);
    }

    [Fact]
    public void Nested_map_values_in_the_new_image_are_read()
    {
        // Act
        var shipping = Load().Records[0].DynamoDb.NewImage!["shipping"].M!;

        // Assert
        Assert.Equal("Lisbon", shipping["city"].S);
        Assert.Equal("Rua Augusta 100", shipping["address"].M!["street"].S);
    }

    [Fact]
    public void List_of_maps_in_the_new_image_is_read()
    {
        // Act
        var items = Load().Records[0].DynamoDb.NewImage!["items"].L!;

        // Assert
        Assert.Equal(2, items.Count);
        Assert.Equal("B-7", items[1].M!["sku"].S);
        Assert.Equal("1", items[1].M!["qty"].N);
    }

    [Fact]
    public void Scalar_and_set_attribute_types_are_read()
    {
        // Act
        var image = Load().Records[0].DynamoDb.NewImage!;

        // Assert
        Assert.Equal("42.5", image["total"].N);
        Assert.True(image["paid"].Bool);
        Assert.True(image["couponCode"].Null);
        Assert.Equal(["gift", "express"], image["tags"].SS!);
        Assert.Equal(["2", "1"], image["quantities"].NS!);
        Assert.Equal("iVBORw0KGgoAAAANSUhEUg==", image["thumbnail"].B);
        Assert.Equal(["U2lnbmF0dXJlMQ==", "U2lnbmF0dXJlMg=="], image["signatures"].BS!);
    }

    [Fact]
    public void Modify_record_carries_old_and_new_images()
    {
        // Act
        var change = Load().Records[1].DynamoDb;

        // Assert
        Assert.Equal("PAID", change.OldImage!["status"].S);
        Assert.Equal("SHIPPED", change.NewImage!["status"].S);
    }

    [Fact]
    public void Ttl_removal_carries_the_dynamodb_service_identity()
    {
        // Act
        var record = Load().Records[2];

        // Assert
        Assert.Equal("REMOVE", record.EventName);
        Assert.Null(record.DynamoDb.NewImage);
        Assert.Equal("Service", record.UserIdentity!.Type);
        Assert.Equal("dynamodb.amazonaws.com", record.UserIdentity.PrincipalId);
    }

    [Fact]
    public void Attribute_value_writes_only_its_set_member()
    {
        // Arrange
        var value = new DynamoDbAttributeValue { M = new Dictionary<string, DynamoDbAttributeValue> { ["qty"] = new() { N = "7" } } };

        // Act
        var json = JsonSerializer.Serialize(value, StreamsJsonContext.Default.DynamoDbAttributeValue);

        // Assert
        Assert.Equal("""{"M":{"qty":{"N":"7"}}}""", json);
    }

    [Fact]
    public void Batch_response_reports_a_failed_record_by_its_sequence_number()
    {
        // Arrange
        var record = Load().Records[1];
        var response = new StreamsBatchResponse();

        // Act
        response.AddFailure(record);
        var json = JsonSerializer.Serialize(response, StreamsJsonContext.Default.StreamsBatchResponse);

        // Assert
        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"111200000000002345678955"}]}""", json);
    }
}
