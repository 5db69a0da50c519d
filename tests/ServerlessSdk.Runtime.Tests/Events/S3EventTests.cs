using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public class S3EventTests
{
    [Fact]
    public void Object_key_size_and_etag_are_read()
    {
        // Act
        var obj = Payloads.Deserialize("s3-put.json", S3JsonContext.Default.S3Event).Records[0].S3.Object;

        // Assert
        Assert.Equal("2026/11/invoice+ord-1001.pdf", obj.Key);
        Assert.Equal(184632L, obj.Size);
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", obj.ETag);
        Assert.Equal("096fKKXTRTtl3on89fVO.nfljtsv6qko", obj.VersionId);
        Assert.Equal("0065F1C2D3A1B2C3D4", obj.Sequencer);
    }

    [Fact]
    public void Url_encoded_object_key_is_decoded_on_request()
    {
        // Arrange
        var obj = Payloads.Deserialize("s3-put.json", S3JsonContext.Default.S3Event).Records[0].S3.Object;

        // Act
        var key = obj.GetDecodedKey();

        // Assert
        Assert.Equal("2026/11/invoice ord-1001.pdf", key);
    }

    [Fact]
    public void Bucket_name_arn_and_owner_are_read()
    {
        // Act
        var s3 = Payloads.Deserialize("s3-put.json", S3JsonContext.Default.S3Event).Records[0].S3;

        // Assert
        Assert.Equal("1.0", s3.S3SchemaVersion);
        Assert.Equal("invoices-uploaded", s3.ConfigurationId);
        Assert.Equal("example-invoices", s3.Bucket.Name);
        Assert.Equal("arn:aws:s3:::example-invoices", s3.Bucket.Arn);
        Assert.Equal("A3NL1KOZZKExample", s3.Bucket.OwnerIdentity!.PrincipalId);
    }

    [Fact]
    public void Record_envelope_and_request_details_are_read()
    {
        // Act
        var record = Payloads.Deserialize("s3-put.json", S3JsonContext.Default.S3Event).Records[0];

        // Assert
        Assert.Equal("ObjectCreated:Put", record.EventName);
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 9, 30, 12, 345, TimeSpan.Zero), record.EventTime);
        Assert.Equal("AWS:AIDAINPONIXQXHT3IKHL2", record.UserIdentity!.PrincipalId);
        Assert.Equal("203.0.113.10", record.RequestParameters!.SourceIpAddress);
        Assert.Equal("C3D13FE58DE4C810", record.ResponseElements!["x-amz-request-id"]);
    }
}
