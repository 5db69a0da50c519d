namespace ServerlessSdk.Functions;

/// <summary>Which attributes a DynamoDB index copies from the table: what a query on the index can return.</summary>
public enum DynamoDbProjection
{
    /// <summary>Every attribute (DynamoDB's <c>ALL</c>): the index answers any query without a read of the table.</summary>
    All,

    /// <summary>Only the table's and the index's keys (<c>KEYS_ONLY</c>): the smallest index.</summary>
    KeysOnly,
}

/// <summary>
/// A global secondary index of a declared table: created with the table by the IaC (on demand, like the table) and
/// locally by <c>dotnet serverless</c> and the build's probe. A function with <c>Access.Read</c> on the table may
/// query it (<c>dynamodb:Query</c> on the table's <c>index/*</c>).
/// </summary>
/// <example><c>[assembly: DynamoDbIndex("Items", "ByStatus", PartitionKey = "status", SortKey = "createdAt")]</c></example>
/// <param name="table">The name of the <c>[assembly: DynamoDbTable]</c> it indexes.</param>
/// <param name="name">Index name, unique in its table: 3–255 letters, digits, '.', '-' and '_' (the query's <c>IndexName</c>).</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class DynamoDbIndexAttribute(string table, string name) : Attribute
{
    /// <summary>The indexed table's resource name.</summary>
    public string Table { get; } = table;

    /// <summary>Index name.</summary>
    public string Name { get; } = name;

    /// <summary>The index's partition (hash) key attribute. Required.</summary>
    public string PartitionKey { get; set; } = string.Empty;

    /// <summary>The partition key's type; an attribute that is also a key of the table or another index has one type.</summary>
    public DynamoDbKeyType PartitionKeyType { get; set; }

    /// <summary>The index's sort (range) key attribute, or null for none.</summary>
    public string? SortKey { get; set; }

    /// <summary>The sort key's type.</summary>
    public DynamoDbKeyType SortKeyType { get; set; }

    /// <summary>What the index copies: every attribute by default.</summary>
    public DynamoDbProjection Projection { get; set; }
}
