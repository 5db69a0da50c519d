using System.Net;
using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// An Amazon S3 event notification, such as <c>ObjectCreated:Put</c>.
/// </summary>
public sealed class S3Event : IJsonOnDeserialized
{
    /// <summary>Gets or sets the notification records.</summary>
    [JsonRequired]
    [JsonPropertyName("Records")]
    public IList<S3EventRecord> Records { get; set; } = [];

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.Items(Records, "Records");
    }
}

/// <summary>One record of an <see cref="S3Event"/>.</summary>
public sealed class S3EventRecord : IJsonOnDeserialized
{
    /// <summary>Gets or sets the event version, such as <c>2.1</c>.</summary>
    [JsonPropertyName("eventVersion")]
    public string EventVersion { get; set; } = string.Empty;

    /// <summary>Gets or sets the event source, <c>aws:s3</c>.</summary>
    [JsonPropertyName("eventSource")]
    public string EventSource { get; set; } = string.Empty;

    /// <summary>Gets or sets the region of the bucket.</summary>
    [JsonPropertyName("awsRegion")]
    public string AwsRegion { get; set; } = string.Empty;

    /// <summary>Gets or sets when S3 finished processing the request.</summary>
    [JsonPropertyName("eventTime")]
    public DateTimeOffset EventTime { get; set; }

    /// <summary>Gets or sets the event name, such as <c>ObjectCreated:Put</c> or <c>ObjectRemoved:Delete</c>.</summary>
    [JsonRequired]
    [JsonPropertyName("eventName")]
    public string EventName { get; set; } = string.Empty;

    /// <summary>Gets or sets who made the request.</summary>
    [JsonPropertyName("userIdentity")]
    public S3UserIdentity? UserIdentity { get; set; }

    /// <summary>Gets or sets details of the request.</summary>
    [JsonPropertyName("requestParameters")]
    public S3RequestParameters? RequestParameters { get; set; }

    /// <summary>Gets or sets S3's response identifiers, <c>x-amz-request-id</c> and <c>x-amz-id-2</c>.</summary>
    [JsonPropertyName("responseElements")]
    public IDictionary<string, string>? ResponseElements { get; set; }

    /// <summary>Gets or sets the bucket and object the event concerns.</summary>
    [JsonRequired]
    [JsonPropertyName("s3")]
    public S3Entity S3 { get; set; } = new();

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(EventVersion, "eventVersion");
        Required.NotNull(EventSource, "eventSource");
        Required.NotNull(AwsRegion, "awsRegion");
        Required.NotNull(EventName, "eventName");
        Required.NotNull(S3, "s3");
    }
}

/// <summary>An AWS principal in an S3 event.</summary>
public sealed class S3UserIdentity : IJsonOnDeserialized
{
    /// <summary>Gets or sets the principal ID.</summary>
    [JsonPropertyName("principalId")]
    public string PrincipalId { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(PrincipalId, "principalId");
    }
}

/// <summary>The <c>requestParameters</c> of an S3 event record.</summary>
public sealed class S3RequestParameters : IJsonOnDeserialized
{
    /// <summary>Gets or sets the IP address the request came from.</summary>
    [JsonPropertyName("sourceIPAddress")]
    public string SourceIpAddress { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(SourceIpAddress, "sourceIPAddress");
    }
}

/// <summary>The <c>s3</c> part of an S3 event record.</summary>
public sealed class S3Entity : IJsonOnDeserialized
{
    /// <summary>Gets or sets the schema version, such as <c>1.0</c>.</summary>
    [JsonPropertyName("s3SchemaVersion")]
    public string S3SchemaVersion { get; set; } = string.Empty;

    /// <summary>Gets or sets the ID of the bucket's notification configuration.</summary>
    [JsonPropertyName("configurationId")]
    public string ConfigurationId { get; set; } = string.Empty;

    /// <summary>Gets or sets the bucket.</summary>
    [JsonRequired]
    [JsonPropertyName("bucket")]
    public S3Bucket Bucket { get; set; } = new();

    /// <summary>Gets or sets the object.</summary>
    [JsonRequired]
    [JsonPropertyName("object")]
    public S3Object Object { get; set; } = new();

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(S3SchemaVersion, "s3SchemaVersion");
        Required.NotNull(ConfigurationId, "configurationId");
        Required.NotNull(Bucket, "bucket");
        Required.NotNull(Object, "object");
    }
}

/// <summary>The bucket of an S3 event record.</summary>
public sealed class S3Bucket : IJsonOnDeserialized
{
    /// <summary>Gets or sets the bucket name.</summary>
    [JsonRequired]
    [JsonPropertyName("name")]
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the bucket owner.</summary>
    [JsonPropertyName("ownerIdentity")]
    public S3UserIdentity? OwnerIdentity { get; set; }

    /// <summary>Gets or sets the bucket ARN.</summary>
    [JsonPropertyName("arn")]
    public string Arn { get; set; } = string.Empty;

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(Name, "name");
        Required.NotNull(Arn, "arn");
    }
}

/// <summary>The object of an S3 event record.</summary>
public sealed class S3Object : IJsonOnDeserialized
{
    /// <summary>Gets or sets the object key, URL-encoded as S3 sends it; see <see cref="GetDecodedKey"/>.</summary>
    [JsonRequired]
    [JsonPropertyName("key")]
    public string Key { get; set; } = string.Empty;

    /// <summary>Gets or sets the object size in bytes; 0 when S3 omits it, as for deletes.</summary>
    [JsonPropertyName("size")]
    public long Size { get; set; }

    /// <summary>Gets or sets the object's ETag, when S3 sends it.</summary>
    [JsonPropertyName("eTag")]
    public string? ETag { get; set; }

    /// <summary>Gets or sets the version ID, for versioned buckets.</summary>
    [JsonPropertyName("versionId")]
    public string? VersionId { get; set; }

    /// <summary>Gets or sets a hex value that orders events for the same key.</summary>
    [JsonPropertyName("sequencer")]
    public string Sequencer { get; set; } = string.Empty;

    /// <summary>Gets the object key decoded from URL form, as used with the S3 API.</summary>
    /// <returns>The decoded key, for example <c>photos/my cat.jpg</c> for <c>photos/my+cat.jpg</c>.</returns>
    public string GetDecodedKey() => WebUtility.UrlDecode(Key);

    void IJsonOnDeserialized.OnDeserialized()
    {
        Required.NotNull(Key, "key");
        Required.NotNull(Sequencer, "sequencer");
    }
}
