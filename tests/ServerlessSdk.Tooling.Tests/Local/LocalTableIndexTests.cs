using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Tooling.Tests.Local;

/// <summary>A declared table's indexes exist in the local DynamoDB: a function's query on one answers as in AWS.</summary>
public sealed class LocalTableIndexTests
{
    private static readonly ServiceManifest Manifest = new("shop", [])
    {
        Resources =
        [
            new DeclaredTable("Items", new TableKey("id", "S"), null, null, PointInTimeRecovery: true, DeletionProtection: false, null)
            {
                Indexes =
                [
                    new TableIndex("ByOwner", new TableKey("owner", "S"), null, "KEYS_ONLY"),
                    new TableIndex("ByStatus", new TableKey("status", "S"), new TableKey("createdAt", "N"), "ALL"),
                ],
            },
        ],
    };

    [Fact]
    public async Task The_indexes_are_created_and_a_query_on_one_returns_its_items_in_sort_key_order()
    {
        using var local = await LocalDynamoDb.StartAsync(Manifest, name => name == Dynalite.ExecutableVariable ? DynaliteFixture.Executable : null, CancellationToken.None);
        using var client = new AmazonDynamoDBClient(
            new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = local!.Endpoint.AbsoluteUri, AuthenticationRegion = LocalAws.Region });
        (string Id, string Status, int CreatedAt)[] items = [("a", "open", 3), ("b", "done", 1), ("c", "open", 1), ("d", "open", 2)];
        foreach (var (id, status, createdAt) in items)
        {
            await client.PutItemAsync(new PutItemRequest
            {
                TableName = "Items",
                Item = new() { ["id"] = new() { S = id }, ["status"] = new() { S = status }, ["createdAt"] = new() { N = createdAt.ToString(System.Globalization.CultureInfo.InvariantCulture) }, ["owner"] = new() { S = "ann" } },
            });
        }

        var described = await client.DescribeTableAsync("Items");
        var open = await client.QueryAsync(new QueryRequest
        {
            TableName = "Items",
            IndexName = "ByStatus",
            KeyConditionExpression = "#s = :open",
            ExpressionAttributeNames = new() { ["#s"] = "status" },
            ExpressionAttributeValues = new() { [":open"] = new() { S = "open" } },
        });
        var byOwner = await client.QueryAsync(new QueryRequest
        {
            TableName = "Items",
            IndexName = "ByOwner",
            KeyConditionExpression = "#o = :ann",
            ExpressionAttributeNames = new() { ["#o"] = "owner" },
            ExpressionAttributeValues = new() { [":ann"] = new() { S = "ann" } },
        });

        Assert.Equal(["ByOwner", "ByStatus"], described.Table.GlobalSecondaryIndexes.Select(i => i.IndexName).Order(StringComparer.Ordinal));
        Assert.Equal(["c", "d", "a"], open.Items.Select(i => i["id"].S));
        Assert.Equal(items.Length, byOwner.Items.Count);
        Assert.All(byOwner.Items, i => Assert.DoesNotContain("status", i.Keys)); // KEYS_ONLY: only the keys are copied
    }

    [Fact]
    public async Task A_query_on_an_undeclared_index_fails_as_in_AWS()
    {
        using var local = await LocalDynamoDb.StartAsync(Manifest, name => name == Dynalite.ExecutableVariable ? DynaliteFixture.Executable : null, CancellationToken.None);
        using var client = new AmazonDynamoDBClient(
            new BasicAWSCredentials("local", "local"),
            new AmazonDynamoDBConfig { ServiceURL = local!.Endpoint.AbsoluteUri, AuthenticationRegion = LocalAws.Region });

        await Assert.ThrowsAnyAsync<AmazonDynamoDBException>(() => client.QueryAsync(new QueryRequest
        {
            TableName = "Items",
            IndexName = "ByNothing",
            KeyConditionExpression = "#s = :v",
            ExpressionAttributeNames = new() { ["#s"] = "status" },
            ExpressionAttributeValues = new() { [":v"] = new() { S = "open" } },
        }));
    }
}
