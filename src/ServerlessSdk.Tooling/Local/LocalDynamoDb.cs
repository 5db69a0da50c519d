using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Local;

/// <summary>
/// The DynamoDB a project's declared tables live in when it runs on this machine (<c>invoke</c>, <c>start-api</c>,
/// the startup probe): the one <c>AWS_ENDPOINT_URL_DYNAMODB</c> names, else a dynalite started here and stopped on
/// dispose. Each declared table exists in it under its declared name.
/// </summary>
public sealed class LocalDynamoDb : IDisposable
{
    private readonly Dynalite? _dynalite;

    private LocalDynamoDb(Uri endpoint, Dynalite? dynalite, IReadOnlyList<string> createdTables)
    {
        Endpoint = endpoint;
        _dynalite = dynalite;
        CreatedTables = createdTables;
    }

    /// <summary>Where the tables are.</summary>
    public Uri Endpoint { get; }

    /// <summary>Whether this object started dynalite (rather than using <c>AWS_ENDPOINT_URL_DYNAMODB</c>).</summary>
    public bool StartedDynalite => _dynalite is not null;

    /// <summary>The declared tables that did not exist and were created, by name.</summary>
    public IReadOnlyList<string> CreatedTables { get; }

    /// <summary>
    /// Null when <paramref name="manifest"/> declares no table; otherwise the endpoint with every declared table in
    /// it. Throws <see cref="LocalDynamoDbException"/> (SLS6150–SLS6153) when that cannot be had.
    /// </summary>
    public static async Task<LocalDynamoDb?> StartAsync(ServiceManifest manifest, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        var tables = manifest.Resources.OfType<DeclaredTable>().ToList();
        if (tables.Count == 0)
        {
            return null;
        }

        var dynalite = environment(LocalAws.DynamoDbEndpointVariable) is { Length: > 0 } configured
            ? null
            : Dynalite.Start(Dynalite.Locate(environment));
        try
        {
            var endpoint = dynalite?.Endpoint ?? ParseEndpoint(environment(LocalAws.DynamoDbEndpointVariable)!);
            using var client = new DynamoDbLocalClient(endpoint);
            var created = new List<string>();
            foreach (var table in tables)
            {
                if (await client.CreateIfMissingAsync(table.Name, table, cancellationToken).ConfigureAwait(false))
                {
                    created.Add(table.Name);
                }
            }

            return new LocalDynamoDb(endpoint, dynalite, created);
        }
        catch
        {
            dynalite?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What <paramref name="function"/> is given locally: the endpoint, region and dummy credentials, and the name of
    /// each declared table it uses (e.g. <c>ITEMS_TABLE_NAME=Items</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> EnvironmentFor(ServiceManifest manifest, FunctionDeclaration function)
    {
        var variables = new Dictionary<string, string>(LocalAws.Environment(Endpoint), StringComparer.Ordinal);
        foreach (var (variable, resource) in ResourceEnvironment.For(manifest, function))
        {
            if (resource is DeclaredTable)
            {
                variables[variable] = resource.Name;
            }
        }

        return variables;
    }

    /// <summary>Stops dynalite when this object started it; a configured endpoint is left alone.</summary>
    public void Dispose() => _dynalite?.Dispose();

    internal static Uri ParseEndpoint(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new LocalDynamoDbException(ServerlessDiagnostic.Error(DiagnosticCodes.InvalidDynamoDbEndpoint,
                $"{LocalAws.DynamoDbEndpointVariable} is '{value}', which is not an absolute http(s) URL such as http://127.0.0.1:8000."));
}
