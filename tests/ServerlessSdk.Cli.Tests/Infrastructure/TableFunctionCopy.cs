using System.Xml.Linq;

namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>
/// A function that declares a DynamoDB table (manifest <c>resources</c> and <c>uses</c>, written by hand like the
/// sample's) and stores request bodies in it with the AWS SDK's low-level client: the subject of the local loop's
/// table tests. Built in a temporary folder against the runtime beside this test.
/// </summary>
public sealed class TableFunctionCopy : ProjectCopy
{
    private const string Manifest = """
        {
          "schemaVersion": 1, "service": "tables",
          "resources": [
            { "kind": "dynamodb-table", "name": "Items", "partitionKey": { "name": "id", "type": "S" }, "sortKey": null,
              "stream": null, "pointInTimeRecovery": true, "deletionProtection": false, "timeToLiveAttribute": null }
          ],
          "functions": [
            { "name": "Store", "handler": "Store", "timeout": 30, "tracing": false, "environment": {}, "policies": [],
              "uses": [ { "resource": "Items", "access": "readwrite" } ],
              "triggers": [
                { "type": "http", "method": "POST", "path": "/items", "auth": "none", "scopes": [] },
                { "type": "http", "method": "GET", "path": "/items/{id}", "auth": "none", "scopes": [] }
              ] }
          ]
        }
        """;

    // Imports the runtime's events and the AWS SDK's model together, with no alias: no type name is in both.
    private const string Program = """"
        using System.Text;
        using Amazon.DynamoDBv2;
        using Amazon.DynamoDBv2.Model;
        using ServerlessSdk.Runtime;
        using ServerlessSdk.Runtime.Events;

        [assembly: System.Reflection.AssemblyMetadata("ServerlessSdk.FunctionManifest", """MANIFEST""")]

        var client = new AmazonDynamoDBClient();
        var table = Environment.GetEnvironmentVariable("ITEMS_TABLE_NAME") ?? throw new InvalidOperationException("ITEMS_TABLE_NAME is not set");
        return await LambdaRuntime.RunAsync(HandleAsync, HttpApiJsonContext.Default.HttpApiRequest, HttpApiJsonContext.Default.HttpApiResponse);

        async ValueTask<HttpApiResponse> HandleAsync(HttpApiRequest request, ILambdaContext context)
        {
            if (request.RequestContext.Http.Method == "POST")
            {
                var body = request.IsBase64Encoded ? Encoding.UTF8.GetString(Convert.FromBase64String(request.Body!)) : request.Body ?? "";
                var id = Guid.NewGuid().ToString();
                await client.PutItemAsync(new PutItemRequest { TableName = table, Item = new() { ["id"] = new AttributeValue { S = id }, ["body"] = new AttributeValue { S = body } } });
                return HttpApiResponse.Text(201, id);
            }

            var found = await client.GetItemAsync(new GetItemRequest { TableName = table, ConsistentRead = true, Key = new() { ["id"] = new AttributeValue { S = request.PathParameters!["id"] } } });
            return found.Item is { Count: > 0 } item ? HttpApiResponse.Text(200, item["body"].S) : HttpApiResponse.Text(404, "no such item");
        }
        """";

    public TableFunctionCopy()
        : base("serverlesssdk-cli-table-", "TableFunction")
    {
        var sdkVersion = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == "AWSSDK.DynamoDBv2").Attribute("Version")!.Value;
        File.WriteAllText(Path.Combine(ProjectDirectory, "Program.cs"), Program.Replace("MANIFEST", "\n" + Manifest + "\n", StringComparison.Ordinal));
        WriteProject("bootstrap", items: $"""<PackageReference Include="AWSSDK.DynamoDBv2" Version="{sdkVersion}" />""");
        Build();
    }
}
