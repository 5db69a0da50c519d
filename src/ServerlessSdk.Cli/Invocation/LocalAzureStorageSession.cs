using ServerlessSdk.Cli.Output;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>
/// The Azure counterpart of <see cref="LocalTables"/> for <c>invoke</c> and <c>start-api</c>: the local Azure Storage
/// the app needs (<see cref="LocalAzureStorage"/>, the probe's rule), started for the command and stopped with it.
/// </summary>
internal static class LocalAzureStorageSession
{
    /// <summary>Null when the app needs no storage; says on stderr where it is.</summary>
    public static async Task<LocalAzureStorage?> StartAsync(
        Terminal terminal, AzureApp app, ServiceManifest? manifest, string projectDirectory, CancellationToken cancellationToken)
    {
        LocalAzureStorage? storage;
        try
        {
            storage = await LocalAzureStorage.StartAsync(app, manifest, Environment.GetEnvironmentVariable, projectDirectory, cancellationToken).ConfigureAwait(false);
        }
        catch (LocalAzureStorageException ex)
        {
            throw new ToolException(ex.Diagnostic);
        }

        if (storage is not null)
        {
            var where = storage.StartedAzurite
                ? $"{string.Join(", ", storage.Endpoints.Select(e => e.AbsoluteUri.TrimEnd('/')))} (Azurite, in memory until the tool stops)"
                : $"{LocalAzureStorage.ConnectionVariable} from the environment";
            var created = storage.CreatedTables.Count > 0 ? $"; created {string.Join(", ", storage.CreatedTables)}" : string.Empty;
            terminal.ErrorLine($"Azure Storage: {where}{created}");
        }

        return storage;
    }

    /// <summary><paramref name="declared"/> (a function's declared environment), with the storage's settings over it.</summary>
    public static IReadOnlyDictionary<string, string> Settings(IReadOnlyDictionary<string, string>? declared, LocalAzureStorage? storage)
    {
        var settings = new Dictionary<string, string>(declared ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (name, value) in storage?.Settings ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }

        return settings;
    }
}
