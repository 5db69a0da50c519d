using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Templates.Tests.Infrastructure;

/// <summary>
/// A project's declared tables in a dynalite this test starts, and its function's variables for them, as
/// <c>dotnet serverless start-api</c> gives them: without them a function that stores items would call AWS itself.
/// </summary>
internal sealed class DeclaredTables : IDisposable
{
    private readonly DynaliteFixture _dynalite;
    private readonly LocalDynamoDb _tables;

    private DeclaredTables(DynaliteFixture dynalite, LocalDynamoDb tables, IReadOnlyDictionary<string, string> environment)
    {
        _dynalite = dynalite;
        _tables = tables;
        Environment = environment;
    }

    /// <summary>The function's variables: endpoint, region, dummy credentials and each table's name.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Starts dynalite and creates the tables the built project declares (its only function's).</summary>
    public static async Task<DeclaredTables> StartAsync(GeneratedProject project)
    {
        var dynalite = new DynaliteFixture();
        try
        {
            var manifest = ServiceManifestReader.FromAssembly(Path.Combine(project.FunctionDirectory, "bin", "Release", "net10.0", "bootstrap.dll"))
                ?? throw new InvalidOperationException("The built project has no function manifest.");
            var tables = await LocalDynamoDb.StartAsync(manifest, name => name == LocalAws.DynamoDbEndpointVariable ? dynalite.Endpoint.AbsoluteUri : null, CancellationToken.None)
                ?? throw new InvalidOperationException("The project declares no table.");
            return new DeclaredTables(dynalite, tables, tables.EnvironmentFor(manifest, manifest.Functions.Single()));
        }
        catch
        {
            dynalite.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _tables.Dispose();
        _dynalite.Dispose();
    }
}
