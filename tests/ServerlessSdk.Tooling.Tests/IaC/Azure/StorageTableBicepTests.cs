using System.Text.Json;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC.Azure;

/// <summary>Declared storage tables in main.bicep, read back from the ARM JSON the Bicep compiler makes of the "tables" case (<see cref="CompiledBicep"/>).</summary>
public sealed class StorageTableBicepTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Every_declared_table_is_created_in_the_apps_storage_account()
    {
        var names = Resources(CompiledBicep.Arm("tables"), "Microsoft.Storage/storageAccounts/tableServices/tables").Select(t => t.GetProperty("name").GetString()!).ToList();

        // ARM names a child by its parents too: [format('{0}/{1}/{2}', parameters('storageAccountName'), 'default', 'Items')].
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.Contains("storageAccountName", n, StringComparison.Ordinal));
        Assert.All(new[] { "Audit", "Items", "Orders" }, table => Assert.Single(names, n => n.Contains($"'{table}'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Each_used_table_gets_the_narrowest_role_scoped_to_that_table_alone()
    {
        var roles = Resources(CompiledBicep.Arm("tables"), "Microsoft.Authorization/roleAssignments")
            .Where(r => r.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!.Contains("76199698", StringComparison.Ordinal)
                || r.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!.Contains("0a9a7e1f", StringComparison.Ordinal))
            .ToDictionary(r => r.GetProperty("scope").GetString()!, r => r.GetProperty("properties").GetProperty("roleDefinitionId").GetString()!);

        // Items is only read, Orders is written by one function; Audit is used by none.
        Assert.Equal(2, roles.Count);
        var items = Assert.Single(roles, r => r.Key.Contains("'Items'", StringComparison.Ordinal));
        var orders = Assert.Single(roles, r => r.Key.Contains("'Orders'", StringComparison.Ordinal));
        Assert.Contains(AzureRoles.StorageTableDataReader, items.Value, StringComparison.Ordinal);
        Assert.Contains(AzureRoles.StorageTableDataContributor, orders.Value, StringComparison.Ordinal);
        Assert.All(roles.Keys, scope => Assert.Contains("/tableServices/", scope, StringComparison.Ordinal));
    }

    [Fact]
    public void Used_tables_reach_the_app_by_name_and_no_account_key_is_written()
    {
        var arm = CompiledBicep.Arm("tables");
        var settings = Resources(arm, "Microsoft.Web/sites/config").Single().GetProperty("properties");

        Assert.True(settings.TryGetProperty("ITEMS_TABLE_NAME", out var items));
        Assert.Contains("Items", items.GetString(), StringComparison.Ordinal);
        Assert.True(settings.TryGetProperty("ORDERS_TABLE_NAME", out _));
        Assert.False(settings.TryGetProperty("AUDIT_TABLE_NAME", out _));
        Assert.False(Resource(arm, "Microsoft.Storage/storageAccounts").GetProperty("properties").GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.DoesNotContain("listKeys", arm.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dynamodb_table_in_an_azure_manifest_is_refused_with_a_code_and_nothing_is_written()
    {
        var manifest = AzureFixtures.Http() with { Resources = [new DeclaredTable("Items", new TableKey("id", "S"), null, null, true, false, null)] };

        var result = AzureEmitter.EmitBicep(manifest, AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ResourceNotOnPlatform && d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.Written);
    }

    [Fact]
    public void A_use_of_an_undeclared_table_is_refused_with_the_generators_code()
    {
        var manifest = AzureFixtures.Manifest(AzureFixtures.Function("GetItem", new HttpRouteTrigger("GET", "/items", HttpAuth.None, [])) with { Uses = [new("Items", ResourceAccess.Read)] });

        var result = AzureEmitter.EmitBicep(manifest, AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownResource);
        Assert.Empty(result.Written);
    }

    private static IEnumerable<JsonElement> Resources(JsonElement arm, string type)
    {
        var resources = arm.GetProperty("resources");
        var all = resources.ValueKind == JsonValueKind.Array ? resources.EnumerateArray().ToList() : [.. resources.EnumerateObject().Select(p => p.Value)];
        return all.Where(r => r.GetProperty("type").GetString() == type);
    }

    private static JsonElement Resource(JsonElement arm, string type) => Resources(arm, type).Single();
}
