using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Tooling.Tests.Local;

/// <summary>The declared storage tables of an Azure manifest, created in Azurite's table service (build/install-azurite.sh).</summary>
public sealed class LocalAzureTablesTests
{
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly ServiceManifest Manifest = ServiceManifestReader.FromJson("""
        {
          "schemaVersion": 1, "service": "shop", "platform": "azure",
          "resources": [ { "kind": "storage-table", "name": "Orders" }, { "kind": "storage-table", "name": "Items" } ],
          "functions": [
            { "name": "Api", "handler": "Shop.Api", "tracing": false, "triggers": [], "uses": [ { "resource": "Items", "access": "readwrite" } ] }
          ]
        }
        """);

    [Fact]
    public async Task Creates_every_declared_table_once_and_leaves_existing_ones_alone()
    {
        using var azurite = ServerlessSdk.Testing.Azurite.StartTable();
        var connection = ConnectionString(azurite.Endpoint, DevelopmentKey);

        var first = await LocalAzureTables.CreateDeclaredAsync(Manifest, connection, CancellationToken.None);
        var second = await LocalAzureTables.CreateDeclaredAsync(Manifest, connection, CancellationToken.None);

        Assert.Equal(["Items", "Orders"], first);
        Assert.Empty(second); // the service answered 409: both exist
    }

    [Fact]
    public void The_app_gets_the_name_of_each_used_table_as_main_bicep_sets_it()
    {
        Assert.Equal(new Dictionary<string, string> { ["ITEMS_TABLE_NAME"] = "Items" }, LocalAzureTables.Environment(Manifest));
    }

    [Fact]
    public async Task A_key_the_service_refuses_is_SLS4207()
    {
        using var azurite = ServerlessSdk.Testing.Azurite.StartTable();
        var connection = ConnectionString(azurite.Endpoint, Convert.ToBase64String(new byte[64]));

        var error = await Assert.ThrowsAsync<LocalAzureTablesException>(() => LocalAzureTables.CreateDeclaredAsync(Manifest, connection, CancellationToken.None));

        Assert.Equal(DiagnosticCodes.AzureTablesNotCreated, error.Diagnostic.Code);
    }

    [Fact]
    public async Task An_unreachable_service_is_SLS4207()
    {
        var connection = ConnectionString(new Uri("http://127.0.0.1:9/devstoreaccount1"), DevelopmentKey);

        var error = await Assert.ThrowsAsync<LocalAzureTablesException>(() => LocalAzureTables.CreateDeclaredAsync(Manifest, connection, CancellationToken.None));

        Assert.Equal(DiagnosticCodes.AzureTablesNotCreated, error.Diagnostic.Code);
    }

    [Theory]
    [InlineData("AccountKey=abc")]
    [InlineData("AccountName=devstoreaccount1;AccountKey=not base64!")]
    [InlineData("AccountName=devstoreaccount1;AccountKey=AAAA;TableEndpoint=ftp://example")]
    public async Task A_malformed_connection_string_is_SLS4206(string connection)
    {
        var error = await Assert.ThrowsAsync<LocalAzureTablesException>(() => LocalAzureTables.CreateDeclaredAsync(Manifest, connection, CancellationToken.None));

        Assert.Equal(DiagnosticCodes.AzureTablesConnectionInvalid, error.Diagnostic.Code);
    }

    [Fact]
    public async Task A_manifest_without_storage_tables_sends_nothing()
    {
        var manifest = Manifest with { Resources = [] };

        Assert.Empty(await LocalAzureTables.CreateDeclaredAsync(manifest, "AccountKey=abc", CancellationToken.None));
    }

    private static string ConnectionString(Uri tableEndpoint, string key) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={key};TableEndpoint={tableEndpoint};";
}
