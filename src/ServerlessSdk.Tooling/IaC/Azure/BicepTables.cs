using System.Text;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.IaC.Azure;

/// <summary>
/// The declared storage tables (<c>[assembly: StorageTable]</c>) in main.bicep: each table in the app's storage
/// account, a role for the app's identity scoped to that table, and its name in <c>NAME_TABLE_NAME</c>. Every function
/// of an Azure app shares the app's one identity and app settings, so a table gets the union of its users' access:
/// Storage Table Data Reader when all of them only read, Storage Table Data Contributor when one writes, nothing when
/// no function uses it.
/// </summary>
internal static class BicepTables
{
    /// <summary>A declared table with its Bicep identifier and the role its users need (null: no function uses it).</summary>
    public sealed record Table(DeclaredStorageTable Declared, string Identifier, string? RoleId);

    /// <summary>The manifest's storage tables, sorted by name.</summary>
    public static IReadOnlyList<Table> Plan(ServiceManifest manifest)
    {
        var uses = manifest.Functions.SelectMany(f => f.Uses).ToList();
        return [.. manifest.Resources.OfType<DeclaredStorageTable>().OrderBy(t => t.Name, StringComparer.Ordinal).Select(t =>
        {
            var own = uses.Where(u => u.Resource == t.Name).ToList();
            var role = own.Count == 0 ? null : own.Any(u => u.Writes) ? AzureRoles.StorageTableDataContributor : AzureRoles.StorageTableDataReader;
            return new Table(t, BicepWriter.Identifier("table", t.Name), role);
        })];
    }

    /// <summary>The table service and one table resource per declared table; empty when there is none.</summary>
    public static string Resources(IReadOnlyList<Table> tables, string storageApi)
    {
        if (tables.Count == 0)
        {
            return string.Empty;
        }

        var b = new StringBuilder($$"""

            resource tableService 'Microsoft.Storage/storageAccounts/tableServices@{{storageApi}}' = {
              parent: storage
              name: 'default'
            }

            """);
        foreach (var table in tables)
        {
            b.Append($$"""

                resource {{table.Identifier}} 'Microsoft.Storage/storageAccounts/tableServices/tables@{{storageApi}}' = {
                  parent: tableService
                  name: '{{table.Declared.Name}}'
                }

                """);
        }

        return b.ToString();
    }

    /// <summary>The app settings that carry each used table's name, e.g. <c>ITEMS_TABLE_NAME: tableItems.name</c>.</summary>
    public static IEnumerable<string> AppSettings(IReadOnlyList<Table> tables) =>
        tables.Where(t => t.RoleId is not null).Select(t => $"{t.Declared.EnvironmentVariable}: {t.Identifier}.name");

    /// <summary>The role assignment of each used table, scoped to the table.</summary>
    public static IEnumerable<(string Identifier, string Scope, string RoleId, string Purpose)> Roles(IReadOnlyList<Table> tables) =>
        tables.Where(t => t.RoleId is not null).Select(t => (
            BicepWriter.Identifier("tableRole", t.Declared.Name),
            t.Identifier,
            t.RoleId!,
            $"the {t.Declared.Name} table: {(t.RoleId == AzureRoles.StorageTableDataReader ? "read" : "read and write")} its entities, nothing else in the account"));
}
