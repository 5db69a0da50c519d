using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Tooling.Tests.Local;

public sealed class LocalDynamoDbTests
{
    private static readonly ServiceManifest Manifest = ServiceManifestReader.FromJson("""
        {
          "schemaVersion": 1, "service": "shop",
          "resources": [
            { "kind": "dynamodb-table", "name": "Items", "partitionKey": { "name": "id", "type": "S" }, "sortKey": null,
              "stream": null, "pointInTimeRecovery": true, "deletionProtection": false, "timeToLiveAttribute": null },
            { "kind": "dynamodb-table", "name": "Orders", "partitionKey": { "name": "customer", "type": "S" },
              "sortKey": { "name": "placed", "type": "N" }, "stream": "NEW_IMAGE", "pointInTimeRecovery": true,
              "deletionProtection": false, "timeToLiveAttribute": null },
            { "kind": "sqs-queue", "name": "Jobs", "fifo": false, "visibilityTimeoutSeconds": 30, "maxReceiveCount": 5 }
          ],
          "functions": [
            { "name": "Api", "handler": "Shop.Api", "tracing": false, "triggers": [],
              "uses": [ { "resource": "Items", "access": "readwrite" }, { "resource": "Jobs", "access": "write" } ] },
            { "name": "Report", "handler": "Shop.Report", "tracing": false, "triggers": [] }
          ]
        }
        """);

    [Fact]
    public async Task Starts_dynalite_creates_every_declared_table_and_stops_it()
    {
        Uri endpoint;
        using (var local = await LocalDynamoDb.StartAsync(Manifest, Variables(), CancellationToken.None))
        {
            Assert.NotNull(local);
            Assert.True(local.StartedDynalite);
            Assert.Equal(["Items", "Orders"], local.CreatedTables);
            endpoint = local.Endpoint;
            using var client = new DynamoDbLocalClient(endpoint);
            Assert.Equal(["Items", "Orders"], await client.ListTablesAsync(CancellationToken.None));
        }

        using var stopped = new DynamoDbLocalClient(endpoint);
        var error = await Assert.ThrowsAsync<LocalDynamoDbException>(() => stopped.ListTablesAsync(CancellationToken.None));
        Assert.Equal(DiagnosticCodes.LocalTableNotCreated, error.Diagnostic.Code);
    }

    [Fact]
    public async Task A_configured_endpoint_is_used_and_existing_tables_are_kept()
    {
        using var dynalite = new DynaliteFixture();
        var configured = Variables((LocalAws.DynamoDbEndpointVariable, dynalite.Endpoint.AbsoluteUri));
        using (var first = await LocalDynamoDb.StartAsync(Manifest, configured, CancellationToken.None))
        {
            Assert.False(first!.StartedDynalite);
            Assert.Equal(["Items", "Orders"], first.CreatedTables);
        }

        // Disposing did not stop the user's DynamoDB, and a second run creates nothing.
        using var second = await LocalDynamoDb.StartAsync(Manifest, configured, CancellationToken.None);
        Assert.Empty(second!.CreatedTables);
        Assert.Equal(dynalite.Endpoint, second.Endpoint);
    }

    [Fact]
    public async Task A_function_gets_the_endpoint_dummy_credentials_and_only_the_tables_it_uses()
    {
        using var local = await LocalDynamoDb.StartAsync(Manifest, Variables(), CancellationToken.None);
        var api = local!.EnvironmentFor(Manifest, Manifest.Functions[0]);
        var report = local.EnvironmentFor(Manifest, Manifest.Functions[1]);

        Assert.Equal("Items", api["ITEMS_TABLE_NAME"]);
        Assert.DoesNotContain("ORDERS_TABLE_NAME", api.Keys);
        Assert.DoesNotContain("JOBS_QUEUE_URL", api.Keys);
        Assert.DoesNotContain("ITEMS_TABLE_NAME", report.Keys);
        foreach (var variables in new[] { api, report })
        {
            Assert.Equal(local.Endpoint, new Uri(variables[LocalAws.DynamoDbEndpointVariable]));
            Assert.False(string.IsNullOrEmpty(variables["AWS_ACCESS_KEY_ID"]));
            Assert.False(string.IsNullOrEmpty(variables["AWS_SECRET_ACCESS_KEY"]));
            Assert.False(string.IsNullOrEmpty(variables["AWS_REGION"]));
        }
    }

    [Fact]
    public async Task A_manifest_without_tables_needs_no_DynamoDB()
    {
        var none = Manifest with { Resources = [.. Manifest.Resources.Where(r => r is not DeclaredTable)] };
        Assert.Null(await LocalDynamoDb.StartAsync(none, _ => null, CancellationToken.None));
    }

    [Theory]
    [InlineData("localhost:8000")]
    [InlineData("ftp://127.0.0.1:8000")]
    public async Task A_malformed_endpoint_is_reported(string value)
    {
        var error = await Assert.ThrowsAsync<LocalDynamoDbException>(() =>
            LocalDynamoDb.StartAsync(Manifest, Variables((LocalAws.DynamoDbEndpointVariable, value)), CancellationToken.None));
        Assert.Equal(DiagnosticCodes.InvalidDynamoDbEndpoint, error.Diagnostic.Code);
    }

    [Fact]
    public async Task An_endpoint_nobody_listens_on_is_reported()
    {
        var error = await Assert.ThrowsAsync<LocalDynamoDbException>(() =>
            LocalDynamoDb.StartAsync(Manifest, Variables((LocalAws.DynamoDbEndpointVariable, "http://127.0.0.1:9")), CancellationToken.None));
        Assert.Equal(DiagnosticCodes.LocalTableNotCreated, error.Diagnostic.Code);
    }

    [Fact]
    public async Task No_dynalite_and_no_endpoint_is_reported()
    {
        var error = await Assert.ThrowsAsync<LocalDynamoDbException>(() =>
            LocalDynamoDb.StartAsync(Manifest, name => name == "PATH" ? "/nonexistent" : null, CancellationToken.None));
        Assert.Equal(DiagnosticCodes.DynaliteNotInstalled, error.Diagnostic.Code);
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] set) => name =>
        name == Dynalite.ExecutableVariable ? DynaliteFixture.Executable
        : set.FirstOrDefault(v => v.Name == name).Value;
}
