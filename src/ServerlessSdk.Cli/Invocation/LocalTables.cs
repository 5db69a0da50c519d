using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>
/// The declared DynamoDB tables for <c>invoke</c>, <c>start-api</c> and <c>tune</c>: in dynalite started for the command (or the
/// DynamoDB <c>AWS_ENDPOINT_URL_DYNAMODB</c> names), created when missing, and passed to the functions. Nothing
/// starts for functions that use no table.
/// </summary>
internal static class LocalTables
{
    /// <summary>Null tables (and the catalog as it was) when none of <paramref name="running"/> uses a declared table.</summary>
    public static async Task<(LocalDynamoDb? Tables, FunctionCatalog Catalog)> StartAsync(
        Terminal terminal, FunctionCatalog catalog, IEnumerable<LocalFunction> running, CancellationToken cancellationToken)
    {
        if (catalog.Manifest is not { } manifest || !running.Any(f => f.Declaration is { } declaration
                && ResourceEnvironment.For(manifest, declaration).Any(r => r.Resource is DeclaredTable)))
        {
            return (null, catalog);
        }

        LocalDynamoDb? tables;
        try
        {
            tables = await LocalDynamoDb.StartAsync(catalog.Manifest, Environment.GetEnvironmentVariable, cancellationToken).ConfigureAwait(false);
        }
        catch (LocalDynamoDbException ex)
        {
            throw new ToolException(ex.Diagnostic);
        }

        if (tables is null)
        {
            return (null, catalog);
        }

        var source = tables.StartedDynalite ? "dynalite, in memory until the tool stops" : LocalAws.DynamoDbEndpointVariable;
        var created = tables.CreatedTables.Count > 0 ? $"created {string.Join(", ", tables.CreatedTables)}" : "all tables existed";
        terminal.ErrorLine($"DynamoDB: {tables.Endpoint.AbsoluteUri.TrimEnd('/')} ({source}); {created}");
        return (tables, catalog.With(tables));
    }
}
