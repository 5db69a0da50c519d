namespace ServerlessSdk.Functions;

/// <summary>The type of a DynamoDB key attribute.</summary>
public enum DynamoDbKeyType
{
    /// <summary>A string (<c>S</c>).</summary>
    String,

    /// <summary>A number (<c>N</c>).</summary>
    Number,

    /// <summary>Binary (<c>B</c>).</summary>
    Binary,
}

/// <summary>What a DynamoDB table's stream records for each change.</summary>
public enum StreamView
{
    /// <summary>No stream.</summary>
    None,

    /// <summary>The key attributes of the changed item.</summary>
    KeysOnly,

    /// <summary>The item as it is after the change.</summary>
    NewImage,

    /// <summary>The item as it was before the change.</summary>
    OldImage,

    /// <summary>Both.</summary>
    NewAndOldImages,
}

/// <summary>What a function does with a declared resource: the IaC grants only the actions that need (docs/iac.md).</summary>
public enum Access
{
    /// <summary>Reads (a table's items, a queue's messages, a bucket's objects).</summary>
    Read,

    /// <summary>Writes (puts and deletes items or objects, sends messages, publishes, puts events).</summary>
    Write,

    /// <summary>Both.</summary>
    ReadWrite,
}

/// <summary>
/// A DynamoDB table the service owns: created by the IaC (on-demand, encrypted, point-in-time recovery on) and named
/// in <c>[Uses]</c> and <c>[DynamoDbStream]</c> by <paramref name="name"/>. Its functions get its name in
/// <c>NAME_TABLE_NAME</c> (docs/iac.md).
/// </summary>
/// <param name="name">Resource name, unique among the service's resources: letters, digits, '.', '-' and '_', starting with a letter.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class DynamoDbTableAttribute(string name) : Attribute
{
    /// <summary>Resource name.</summary>
    public string Name { get; } = name;

    /// <summary>The partition (hash) key attribute. Required.</summary>
    public string PartitionKey { get; set; } = string.Empty;

    /// <summary>The partition key's type.</summary>
    public DynamoDbKeyType PartitionKeyType { get; set; }

    /// <summary>The sort (range) key attribute, or null for none.</summary>
    public string? SortKey { get; set; }

    /// <summary>The sort key's type.</summary>
    public DynamoDbKeyType SortKeyType { get; set; }

    /// <summary>The table's stream, which <c>[DynamoDbStream]</c> triggers need; none by default.</summary>
    public StreamView Stream { get; set; }

    /// <summary>Continuous backups for 35 days (on by default).</summary>
    public bool PointInTimeRecovery { get; set; } = true;

    /// <summary>Refuse to delete the table (with its stack) until this is turned off.</summary>
    public bool DeletionProtection { get; set; }

    /// <summary>The attribute holding each item's expiry (epoch seconds), or null for no time to live.</summary>
    public string? TimeToLiveAttribute { get; set; }
}

/// <summary>
/// An SQS queue the service owns (encrypted, with a dead-letter queue unless <see cref="MaxReceiveCount"/> is 0).
/// Functions that use it get its URL in <c>NAME_QUEUE_URL</c>.
/// </summary>
/// <param name="name">Resource name: letters, digits, '-' and '_', starting with a letter.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class SqsQueueAttribute(string name) : Attribute
{
    /// <summary>Resource name.</summary>
    public string Name { get; } = name;

    /// <summary>A FIFO queue (its AWS name ends in <c>.fifo</c>).</summary>
    public bool Fifo { get; set; }

    /// <summary>Seconds a received message stays hidden, 0–43200; raised to six times a consuming function's timeout.</summary>
    public int VisibilityTimeoutSeconds { get; set; } = 30;

    /// <summary>Receives before a message moves to the dead-letter queue, 1–1000; 0 creates no dead-letter queue.</summary>
    public int MaxReceiveCount { get; set; } = 5;
}

/// <summary>An SNS topic the service owns (encrypted). Functions that use it get its ARN in <c>NAME_TOPIC_ARN</c>.</summary>
/// <param name="name">Resource name: letters, digits, '-' and '_', starting with a letter.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class SnsTopicAttribute(string name) : Attribute
{
    /// <summary>Resource name.</summary>
    public string Name { get; } = name;
}

/// <summary>
/// An S3 bucket the service owns (encrypted, public access blocked, TLS only). Functions that use it get its name in
/// <c>NAME_BUCKET_NAME</c>.
/// </summary>
/// <param name="name">Resource name: lowercase letters, digits, '.' and '-', starting with a letter.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class S3BucketAttribute(string name) : Attribute
{
    /// <summary>Resource name.</summary>
    public string Name { get; } = name;

    /// <summary>Keep every version of every object.</summary>
    public bool Versioning { get; set; }
}

/// <summary>
/// A custom EventBridge bus the service owns. Functions that use it get its name in <c>NAME_EVENT_BUS_NAME</c>;
/// <c>[EventBridgeRule(…, EventBus = name)]</c> listens on it.
/// </summary>
/// <param name="name">Resource name: letters, digits, '.', '-' and '_', starting with a letter (not <c>default</c>).</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class EventBusAttribute(string name) : Attribute
{
    /// <summary>Resource name.</summary>
    public string Name { get; } = name;
}

/// <summary>
/// An Azure Table Storage table the service owns (<c>ServerlessPlatform=azure</c>): infra/main.bicep creates it in the
/// Function App's storage account and grants the app's managed identity Storage Table Data Reader (every user only
/// reads) or Storage Table Data Contributor on that table alone. Functions that use it get its name in
/// <c>NAME_TABLE_NAME</c>, as with <see cref="DynamoDbTableAttribute"/> on AWS (docs/azure.md).
/// </summary>
/// <param name="name">The table's name: 3–63 letters and digits, starting with a letter (not <c>tables</c>).</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class StorageTableAttribute(string name) : Attribute
{
    /// <summary>Resource name, and the table's name in the storage account.</summary>
    public string Name { get; } = name;
}

/// <summary>
/// Says what the handler (or every handler of a class) does with a declared resource: its role is granted only the
/// actions that access needs, on that resource alone, and the resource's name reaches it as an environment variable.
/// </summary>
/// <param name="resource">The name of an <c>[assembly: DynamoDbTable]</c>, <c>SqsQueue</c>, <c>SnsTopic</c>, <c>S3Bucket</c>, <c>EventBus</c> or (Azure) <c>StorageTable</c>.</param>
/// <param name="access">Read, Write or ReadWrite (topics and buses are written only).</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class UsesAttribute(string resource, Access access) : Attribute
{
    /// <summary>The resource's name.</summary>
    public string Resource { get; } = resource;

    /// <summary>What the handler does with it.</summary>
    public Access Access { get; } = access;
}
