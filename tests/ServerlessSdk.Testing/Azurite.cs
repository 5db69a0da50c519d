using ServerlessSdk.Tooling.Local;
using Product = ServerlessSdk.Tooling.Local.Azurite;

namespace ServerlessSdk.Testing;

/// <summary>
/// Azurite's queue, blob or table service through the product's own launcher (<see cref="Product"/>): the install
/// <c>SERVERLESS_AZURITE</c> names, else build/azurite (build/install-azurite.sh, which build/test.sh runs), on a free
/// port, in memory; disposing stops it. A missing install is an error (SLS6160), never a skip.
/// </summary>
public sealed class Azurite : IDisposable
{
    private readonly Product _service;

    private Azurite(Product service) => _service = service;

    /// <summary>The development account's endpoint of the service started (path-style).</summary>
    public Uri Endpoint => _service.Endpoint;

    /// <summary>The development account's queue endpoint (path-style), for <see cref="StartQueue"/>.</summary>
    public Uri QueueEndpoint => Endpoint;

    /// <summary>The folder of the Azurite executables the tests use: pass it as <c>SERVERLESS_AZURITE</c> to processes that start their own.</summary>
    public static string Folder => Path.GetDirectoryName(Executable("queue"))!;

    /// <summary>The executable of one Azurite service (<c>queue</c>, <c>table</c>, <c>blob</c>).</summary>
    public static string Executable(string service) =>
        Product.Locate(Enum.Parse<AzureStorageService>(service, ignoreCase: true), Environment.GetEnvironmentVariable, Repository.Root);

    /// <summary>Starts the queue service and waits until it accepts connections.</summary>
    public static Azurite StartQueue() => Start(AzureStorageService.Queue);

    /// <summary>Starts the blob service and waits until it accepts connections.</summary>
    public static Azurite StartBlob() => Start(AzureStorageService.Blob);

    /// <summary>Starts the table service and waits until it accepts connections.</summary>
    public static Azurite StartTable() => Start(AzureStorageService.Table);

    public void Dispose() => _service.Dispose();

    private static Azurite Start(AzureStorageService service) =>
        new(Product.Start(service, Executable(service.ToString())));
}
