using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public class SnsEventTests
{
    [Fact]
    public void Record_envelope_is_read_with_pascal_case_names()
    {
        // Act
        var record = Payloads.Deserialize("sns.json", SnsJsonContext.Default.SnsEvent).Records[0];

        // Assert
        Assert.Equal("aws:sns", record.EventSource);
        Assert.Equal("1.0", record.EventVersion);
        Assert.EndsWith(":order-events:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55", record.EventSubscriptionArn, StringComparison.Ordinal);
    }

    [Fact]
    public void Notification_message_subject_and_topic_are_read()
    {
        // Act
        var sns = Payloads.Deserialize("sns.json", SnsJsonContext.Default.SnsEvent).Records[0].Sns;

        // Assert
        Assert.Equal("Notification", sns.Type);
        Assert.Equal("95df01b4-ee98-5cb9-9903-4c221d41eb5e", sns.MessageId);
        Assert.Equal("arn:aws:sns:us-east-1:123456789012:order-events", sns.TopicArn);
        Assert.Equal("Order shipped", sns.Subject);
        Assert.Equal("""{"orderId":"ord-1001","carrier":"UPS","tracking":"1Z999AA10123456784"}""", sns.Message);
    }

    [Fact]
    public void Timestamp_is_read_as_utc()
    {
        // Act
        var sns = Payloads.Deserialize("sns.json", SnsJsonContext.Default.SnsEvent).Records[0].Sns;

        // Assert
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 20, 31, 512, TimeSpan.Zero), sns.Timestamp);
    }

    [Fact]
    public void Signing_and_unsubscribe_urls_are_read()
    {
        // Act
        var sns = Payloads.Deserialize("sns.json", SnsJsonContext.Default.SnsEvent).Records[0].Sns;

        // Assert
        Assert.Equal("1", sns.SignatureVersion);
        Assert.Equal("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem", sns.SigningCertUrl);
        Assert.StartsWith("https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&", sns.UnsubscribeUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_attributes_are_read_by_name()
    {
        // Act
        var attributes = Payloads.Deserialize("sns.json", SnsJsonContext.Default.SnsEvent).Records[0].Sns.MessageAttributes!;

        // Assert
        Assert.Equal("String", attributes["eventType"].Type);
        Assert.Equal("OrderShipped", attributes["eventType"].Value);
        Assert.Equal("2", attributes["priority"].Value);
    }
}
