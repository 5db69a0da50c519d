using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Testing;

/// <summary>
/// dynalite from build/install-dynalite.sh on a free loopback port for one test class (<c>IClassFixture</c>), killed
/// on dispose. A missing install fails the test, never skips it: CI installs it.
/// </summary>
public sealed class DynaliteFixture : IDisposable
{
    private readonly Dynalite _dynalite = Dynalite.Start(Executable);

    /// <summary>The repository's install (or <c>SERVERLESS_DYNALITE</c>): pass it to processes that start their own.</summary>
    public static string Executable
    {
        get
        {
            var installed = Path.Combine(Repository.Root, "build", "dynalite", "node_modules", ".bin", "dynalite");
            if (System.Environment.GetEnvironmentVariable(Dynalite.ExecutableVariable) is { Length: > 0 } configured)
            {
                return configured;
            }

            return File.Exists(installed)
                ? installed
                : throw new InvalidOperationException($"dynalite is not installed in {installed}: run build/install-dynalite.sh");
        }
    }

    public Uri Endpoint => _dynalite.Endpoint;

    /// <summary>What an AWS SDK client or a function needs to talk to this dynalite: endpoint, region, dummy credentials.</summary>
    public IReadOnlyDictionary<string, string> Environment => LocalAws.Environment(Endpoint);

    public void Dispose() => _dynalite.Dispose();
}
