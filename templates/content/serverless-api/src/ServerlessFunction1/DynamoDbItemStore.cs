using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace ServerlessFunction1;

/// <summary>
/// Items in the DynamoDB table this project declares (<c>[assembly: DynamoDbTable("Items")]</c>), one item per
/// <see cref="Item"/> keyed by <c>id</c>. It uses the SDK's low-level client (<see cref="AttributeValue"/> maps):
/// trim- and Native AOT-safe, and the smallest part of the SDK.
/// </summary>
public sealed class DynamoDbItemStore(IAmazonDynamoDB client, string tableName) : IItemStore
{
    /// <summary>The variable the IaC, <c>dotnet serverless</c> and the build's probe set to the table's name.</summary>
    public const string TableNameVariable = "ITEMS_TABLE_NAME";

    /// <summary>
    /// The store Lambda runs: the table named by <see cref="TableNameVariable"/>, the region and credentials Lambda
    /// gives the function, or the endpoint in <c>AWS_ENDPOINT_URL_DYNAMODB</c> when running locally.
    /// </summary>
    public static DynamoDbItemStore FromEnvironment() =>
        new(new AmazonDynamoDBClient(), Environment.GetEnvironmentVariable(TableNameVariable) is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException($"{TableNameVariable} is not set: the IaC sets it to the declared table's name."));

    public async ValueTask<IReadOnlyList<Item>> ListAsync(CancellationToken cancellationToken)
    {
        // A scan reads the whole table: fine for a sample, replace it with a Query on a key for real data sizes.
        var items = new List<Item>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest { TableName = tableName, ExclusiveStartKey = start }, cancellationToken);
            items.AddRange((page.Items ?? []).Select(FromAttributes));
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);

        return [.. items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)];
    }

    public async ValueTask<Item?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        // Consistent, so a client that just created an item reads it back.
        var response = await client.GetItemAsync(new GetItemRequest { TableName = tableName, Key = Key(id), ConsistentRead = true }, cancellationToken);
        return response.Item is { Count: > 0 } attributes ? FromAttributes(attributes) : null;
    }

    public async ValueTask AddAsync(Item item, CancellationToken cancellationToken) =>
        await client.PutItemAsync(new PutItemRequest { TableName = tableName, Item = ToAttributes(item) }, cancellationToken);

    public async ValueTask<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var response = await client.DeleteItemAsync(
            new DeleteItemRequest { TableName = tableName, Key = Key(id), ReturnValues = ReturnValue.ALL_OLD }, cancellationToken);
        return response.Attributes is { Count: > 0 };
    }

    private static Dictionary<string, AttributeValue> Key(Guid id) => new() { ["id"] = new AttributeValue { S = id.ToString() } };

    private static Dictionary<string, AttributeValue> ToAttributes(Item item) => new()
    {
        ["id"] = new AttributeValue { S = item.Id.ToString() },
        ["name"] = new AttributeValue { S = item.Name },
        ["price"] = new AttributeValue { N = item.Price.ToString(CultureInfo.InvariantCulture) },
        ["createdAt"] = new AttributeValue { S = item.CreatedAt.ToString("O", CultureInfo.InvariantCulture) },
    };

    private static Item FromAttributes(Dictionary<string, AttributeValue> attributes) => new(
        Guid.Parse(attributes["id"].S),
        attributes["name"].S,
        decimal.Parse(attributes["price"].N, CultureInfo.InvariantCulture),
        DateTimeOffset.Parse(attributes["createdAt"].S, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}
