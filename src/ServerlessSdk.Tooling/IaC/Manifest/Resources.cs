using ServerlessSdk.Rules;

namespace ServerlessSdk.Tooling.IaC.Manifest;

/// <summary>
/// A resource the service owns (<c>[assembly: DynamoDbTable]</c>, <c>SqsQueue</c>, <c>SnsTopic</c>, <c>S3Bucket</c>,
/// <c>EventBus</c>): created by the IaC with safe defaults, named in <c>[Uses]</c> and in triggers by
/// <see cref="Name"/>, which is unique among the service's resources.
/// </summary>
/// <param name="Name">The declared name (the AWS name is prefixed with the service).</param>
public abstract record DeclaredResource(string Name)
{
    /// <summary>The manifest <c>kind</c>: dynamodb-table, sqs-queue, sns-topic, s3-bucket, event-bus or storage-table.</summary>
    public abstract string Kind { get; }

    /// <summary>
    /// The variable that carries it to the functions that use it or are triggered by it, e.g. <c>ITEMS_TABLE_NAME</c>:
    /// a table's or bucket's name, a queue's URL, a topic's ARN, a bus's name.
    /// </summary>
    public string EnvironmentVariable => ResourceRules.EnvironmentVariable(Kind, Name);

    /// <summary>Its AWS name in <paramref name="service"/>: <c>&lt;service&gt;-&lt;name&gt;</c> (a FIFO queue's ends in <c>.fifo</c>), as every IaC format creates it.</summary>
    public string PhysicalName(string service) => Model.DeclaredResources.PhysicalName(service, this);
}

/// <summary>A key attribute of a table.</summary>
/// <param name="Name">Attribute name.</param>
/// <param name="Type"><c>S</c>, <c>N</c> or <c>B</c> (DynamoDB's attribute types).</param>
public sealed record TableKey(string Name, string Type);

/// <summary>A DynamoDB table: on-demand, encrypted at rest, point-in-time recovery unless turned off.</summary>
/// <param name="Name">Declared name.</param>
/// <param name="PartitionKey">The partition (hash) key.</param>
/// <param name="SortKey">The sort (range) key, or null.</param>
/// <param name="Stream">Stream view type (<c>KEYS_ONLY</c>, <c>NEW_IMAGE</c>, <c>OLD_IMAGE</c>, <c>NEW_AND_OLD_IMAGES</c>), or null for none.</param>
/// <param name="PointInTimeRecovery">Continuous backups.</param>
/// <param name="DeletionProtection">The table cannot be deleted while on.</param>
/// <param name="TimeToLiveAttribute">The expiry attribute, or null.</param>
public sealed record DeclaredTable(string Name, TableKey PartitionKey, TableKey? SortKey, string? Stream, bool PointInTimeRecovery, bool DeletionProtection, string? TimeToLiveAttribute) : DeclaredResource(Name)
{
    /// <inheritdoc />
    public override string Kind => ResourceRules.Table;

    /// <summary>Its global secondary indexes (<c>[assembly: DynamoDbIndex]</c>), sorted by name; none by default.</summary>
    public IReadOnlyList<TableIndex> Indexes { get; init; } = [];

    /// <summary>The table's keys: the partition key, then the sort key if any.</summary>
    public IEnumerable<TableKey> Keys => SortKey is { } sort ? [PartitionKey, sort] : [PartitionKey];

    /// <summary>
    /// Every key attribute of the table and its indexes, each once (first definition wins; the rules refuse two
    /// types for one name): the attribute definitions DynamoDB needs.
    /// </summary>
    public IReadOnlyList<TableKey> KeyAttributes =>
        [.. Keys.Concat(Indexes.SelectMany(i => i.Keys)).GroupBy(k => k.Name, StringComparer.Ordinal).Select(g => g.First())];

    /// <summary>Equal when every setting and every index is (a record would compare the index list by reference).</summary>
    public bool Equals(DeclaredTable? other) =>
        other is not null && base.Equals(other) && PartitionKey == other.PartitionKey && SortKey == other.SortKey && Stream == other.Stream
        && PointInTimeRecovery == other.PointInTimeRecovery && DeletionProtection == other.DeletionProtection
        && TimeToLiveAttribute == other.TimeToLiveAttribute && Indexes.SequenceEqual(other.Indexes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, PartitionKey, SortKey, Stream, Indexes.Count);
}

/// <summary>A global secondary index of a declared table: on demand like its table.</summary>
/// <param name="Name">Index name, unique in its table.</param>
/// <param name="PartitionKey">The index's partition (hash) key.</param>
/// <param name="SortKey">The index's sort (range) key, or null.</param>
/// <param name="Projection"><c>ALL</c> (the default) or <c>KEYS_ONLY</c>.</param>
public sealed record TableIndex(string Name, TableKey PartitionKey, TableKey? SortKey, string Projection)
{
    /// <summary>The index's keys: the partition key, then the sort key if any.</summary>
    public IEnumerable<TableKey> Keys => SortKey is { } sort ? [PartitionKey, sort] : [PartitionKey];
}

/// <summary>An SQS queue: encrypted (SSE-SQS), with a dead-letter queue when <see cref="MaxReceiveCount"/> &gt; 0.</summary>
/// <param name="Name">Declared name.</param>
/// <param name="Fifo">A FIFO queue (its AWS name ends in <c>.fifo</c>).</param>
/// <param name="VisibilityTimeoutSeconds">0–43200; the IaC raises it to what consuming functions need.</param>
/// <param name="MaxReceiveCount">Receives before the dead-letter queue; 0 = none.</param>
public sealed record DeclaredQueue(string Name, bool Fifo, int VisibilityTimeoutSeconds, int MaxReceiveCount) : DeclaredResource(Name)
{
    /// <inheritdoc />
    public override string Kind => ResourceRules.Queue;
}

/// <summary>An SNS topic, encrypted with <c>ServerlessSnsKmsKeyId</c>.</summary>
/// <param name="Name">Declared name.</param>
public sealed record DeclaredTopic(string Name) : DeclaredResource(Name)
{
    /// <inheritdoc />
    public override string Kind => ResourceRules.Topic;
}

/// <summary>An S3 bucket: encrypted, public access blocked, TLS only.</summary>
/// <param name="Name">Declared name.</param>
/// <param name="Versioning">Object versioning.</param>
public sealed record DeclaredBucket(string Name, bool Versioning) : DeclaredResource(Name)
{
    /// <inheritdoc />
    public override string Kind => ResourceRules.Bucket;
}

/// <summary>A custom EventBridge event bus.</summary>
/// <param name="Name">Declared name.</param>
public sealed record DeclaredEventBus(string Name) : DeclaredResource(Name)
{
    /// <inheritdoc />
    public override string Kind => ResourceRules.EventBus;
}

/// <summary>
/// An Azure Table Storage table (<c>[assembly: StorageTable]</c>, Azure only): created in the Function App's storage
/// account under <see cref="DeclaredResource.Name"/>, with a role on that table for the app's identity.
/// </summary>
/// <param name="Name">Declared name, and the table's name.</param>
public sealed record DeclaredStorageTable(string Name) : DeclaredResource(Name)
{
    /// <inheritdoc />
    public override string Kind => ResourceRules.StorageTable;
}

/// <summary>
/// An EventBridge rule on a declared bus that sends each matching event to a declared queue (<c>[assembly: EventRule]</c>).
/// The IaC creates the rule, its target (retries, then the queue's dead-letter queue) and the queue policy that lets
/// only this rule send. Not a <see cref="DeclaredResource"/>: nothing uses one.
/// </summary>
/// <param name="Name">Rule name, unique among the service's rules (the AWS name is prefixed with the service).</param>
/// <param name="Bus">The declared event bus it listens on.</param>
/// <param name="Sources">The <c>source</c> values it matches (any when empty).</param>
/// <param name="DetailTypes">The <c>detail-type</c> values it matches (any when empty).</param>
/// <param name="Target">The declared standard queue it sends to.</param>
public sealed record DeclaredEventRule(string Name, string Bus, IReadOnlyList<string> Sources, IReadOnlyList<string> DetailTypes, string Target)
{
    /// <summary>The event pattern JSON every IaC format writes.</summary>
    public string EventPattern => ResourceRules.EventPattern(Sources, DetailTypes);

    /// <summary>Its AWS name in <paramref name="service"/>: <c>&lt;service&gt;-&lt;name&gt;</c>.</summary>
    public string PhysicalName(string service) => IaC.Naming.Physical(service, Name);

    /// <inheritdoc />
    public bool Equals(DeclaredEventRule? other) =>
        other is not null && Name == other.Name && Bus == other.Bus && Target == other.Target && Sources.SequenceEqual(other.Sources) && DetailTypes.SequenceEqual(other.DetailTypes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Bus, Target, EventPattern);
}

/// <summary>What a function does with a declared resource.</summary>
public enum ResourceAccess
{
    /// <summary>Reads it.</summary>
    Read,

    /// <summary>Writes it.</summary>
    Write,

    /// <summary>Both.</summary>
    ReadWrite,
}

/// <summary>One <c>[Uses]</c> of a function.</summary>
/// <param name="Resource">The declared resource's name.</param>
/// <param name="Access">What the function does with it.</param>
public sealed record ResourceUse(string Resource, ResourceAccess Access)
{
    /// <summary>Whether the access includes reading.</summary>
    public bool Reads => Access != ResourceAccess.Write;

    /// <summary>Whether the access includes writing.</summary>
    public bool Writes => Access != ResourceAccess.Read;
}

/// <summary>The one place that decides which resource variables a function gets, for every IaC format and the local loop.</summary>
public static class ResourceEnvironment
{
    /// <summary>
    /// The declared resources <paramref name="function"/> uses or is triggered by, each with its variable, sorted by
    /// variable name. The value is each consumer's to supply (a reference in the IaC, a local name locally).
    /// </summary>
    public static IReadOnlyList<(string Variable, DeclaredResource Resource)> For(ServiceManifest manifest, FunctionDeclaration function)
    {
        var byName = manifest.Resources.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var named = function.Uses.Select(u => u.Resource)
            .Concat(function.Triggers.Select(t => t.ResourceName).OfType<string>().Where(n => byName.TryGetValue(n, out var r) && Triggered(r, function)));
        return [.. named.Distinct(StringComparer.Ordinal)
            .Where(byName.ContainsKey)
            .Select(n => (byName[n].EnvironmentVariable, byName[n]))
            .OrderBy(x => x.EnvironmentVariable, StringComparer.Ordinal)];
    }

    /// <summary>A trigger names a declared resource only when the kinds match (the generator refuses others, SLS4030).</summary>
    private static bool Triggered(DeclaredResource resource, FunctionDeclaration function) =>
        function.Triggers.Any(t => t.ResourceName == resource.Name && ResourceRules.KindOfTrigger(t.Type) == resource.Kind);
}
