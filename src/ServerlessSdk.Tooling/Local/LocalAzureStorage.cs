using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Local;

/// <summary>
/// The storage account an Azure app gets when it runs on this machine (the startup probe, <c>invoke</c>,
/// <c>start-api</c>): Azurite's services that the app needs, in memory on free ports, and the app setting
/// <c>AzureWebJobsStorage</c> naming them with explicit endpoints (not <c>UseDevelopmentStorage=true</c>, whose
/// fixed ports would clash between runs side by side). The app needs queues for a queue trigger, blobs for a blob
/// trigger and tables when it declares any; an app that needs none gets nothing. An <c>AzureWebJobsStorage</c>
/// already in the environment is the user's storage: nothing starts, and it is passed as it is.
/// </summary>
public sealed class LocalAzureStorage : IDisposable
{
    /// <summary>The app setting of the Functions host's storage, and every trigger's default <c>connection</c>.</summary>
    public const string ConnectionVariable = "AzureWebJobsStorage";

    /// <summary>Azurite's well-known development account (learn.microsoft.com, "Use the Azurite emulator").</summary>
    public const string DevelopmentAccount = StorageQueueClient.DevelopmentAccount;

    /// <summary>Its documented, public key.</summary>
    public const string DevelopmentKey = StorageConnectionString.DevelopmentKey;

    private readonly IReadOnlyList<Azurite> _services;

    private readonly List<string> _createdTables = [];

    private LocalAzureStorage(IReadOnlyList<Azurite> services, IReadOnlyDictionary<string, string> settings)
    {
        _services = services;
        Settings = settings;
    }

    /// <summary>The app settings to add: <c>AzureWebJobsStorage</c> and each trigger's own <c>connection</c> setting.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The services this object started (none when the environment's <c>AzureWebJobsStorage</c> is used).</summary>
    public IReadOnlyList<Uri> Endpoints => [.. _services.Select(s => s.Endpoint)];

    /// <summary>Whether this object started Azurite (rather than passing the user's <c>AzureWebJobsStorage</c>).</summary>
    public bool StartedAzurite => _services.Count > 0;

    /// <summary>The declared tables created in Azurite.</summary>
    public IReadOnlyList<string> CreatedTables => _createdTables;

    /// <summary>The connection string the app gets, e.g. <c>DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;…;QueueEndpoint=…</c>.</summary>
    public string ConnectionString => Settings[ConnectionVariable];

    /// <summary>
    /// What <paramref name="app"/> needs: <see cref="AzureStorageService.Queue"/> for a <c>queueTrigger</c>,
    /// <see cref="AzureStorageService.Blob"/> for a <c>blobTrigger</c>, <see cref="AzureStorageService.Table"/> when
    /// <paramref name="manifest"/> declares tables. Empty when it needs none.
    /// </summary>
    public static IReadOnlySet<AzureStorageService> ServicesNeeded(AzureApp app, ServiceManifest? manifest)
    {
        ArgumentNullException.ThrowIfNull(app);
        var needed = new SortedSet<AzureStorageService>();
        foreach (var function in app.Functions)
        {
            if (function.TriggerType == "queueTrigger")
            {
                needed.Add(AzureStorageService.Queue);
            }
            else if (function.TriggerType == "blobTrigger")
            {
                needed.Add(AzureStorageService.Blob);
            }
        }

        if (manifest is not null && DeclaredTableNames(manifest).Count > 0)
        {
            needed.Add(AzureStorageService.Table);
        }

        return needed;
    }

    /// <summary>
    /// Null when <paramref name="app"/> needs no storage; otherwise its settings, from the environment's
    /// <c>AzureWebJobsStorage</c> when set, else from Azurite started here with the declared tables and the trigger
    /// queues created. Throws <see cref="LocalAzureStorageException"/> (SLS6160–SLS6162) when that cannot be had.
    /// </summary>
    /// <param name="app">The app folder: its triggers say which services it needs.</param>
    /// <param name="manifest">The function manifest: its declared tables; null when there is none.</param>
    /// <param name="environment">The variables to read (<c>AzureWebJobsStorage</c>, <c>SERVERLESS_AZURITE</c>, <c>PATH</c>).</param>
    /// <param name="searchFrom">Where to look for a repository's build/azurite install (the project folder), or null.</param>
    /// <param name="cancellationToken">Stops the table and queue creation.</param>
    public static async Task<LocalAzureStorage?> StartAsync(
        AzureApp app, ServiceManifest? manifest, Func<string, string?> environment, string? searchFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var needed = ServicesNeeded(app, manifest);
        if (needed.Count == 0)
        {
            return null;
        }

        if (environment(ConnectionVariable) is { Length: > 0 } configured)
        {
            return new LocalAzureStorage([], SettingsFor(app, manifest, configured));
        }

        // Every executable is found before any starts: a missing one fails fast, with nothing to stop.
        var executables = needed.Select(s => (Service: s, Executable: Azurite.Locate(s, environment, searchFrom))).ToList();
        var started = new List<Azurite>();
        try
        {
            foreach (var (service, executable) in executables)
            {
                started.Add(Azurite.Start(service, executable));
            }

            var connection = DevelopmentConnectionString(started.ToDictionary(s => s.Service, s => s.Endpoint));
            var storage = new LocalAzureStorage(started, SettingsFor(app, manifest, connection));
            if (manifest is not null)
            {
                await storage.CreateDeclaredTablesAsync(manifest, cancellationToken).ConfigureAwait(false);
            }

            await CreateTriggerQueuesAsync(app, started, cancellationToken).ConfigureAwait(false);
            return storage;
        }
        catch
        {
            foreach (var service in started)
            {
                service.Dispose();
            }

            throw;
        }
    }

    /// <summary>
    /// The connection string of Azurite's development account with an explicit endpoint for each service given
    /// (path-style, <c>http://127.0.0.1:&lt;port&gt;/devstoreaccount1</c>).
    /// </summary>
    public static string DevelopmentConnectionString(IReadOnlyDictionary<AzureStorageService, Uri> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var parts = new List<string> { "DefaultEndpointsProtocol=http", $"AccountName={DevelopmentAccount}", $"AccountKey={DevelopmentKey}" };
        parts.AddRange(endpoints.OrderBy(e => e.Key).Select(e => $"{e.Key}Endpoint={e.Value.AbsoluteUri.TrimEnd('/')}"));
        return string.Join(';', parts);
    }

    /// <summary>
    /// The names of the tables <paramref name="manifest"/> declares: the one place that decides which tables an
    /// Azure app gets locally (and whether it needs the Table service at all).
    /// </summary>
    public static IReadOnlyList<string> DeclaredTableNames(ServiceManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return [.. manifest.Resources.OfType<DeclaredStorageTable>().Select(t => t.Name).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Creates in Azurite's Table service each table <paramref name="manifest"/> declares (<see cref="DeclaredTableNames"/>),
    /// as the Bicep creates them on Azure; nothing for the user's own storage. Returns the names created.
    /// </summary>
    public async Task<IReadOnlyList<string>> CreateDeclaredTablesAsync(ServiceManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var tables = _services.FirstOrDefault(s => s.Service == AzureStorageService.Table);
        var names = DeclaredTableNames(manifest);
        if (tables is null || names.Count == 0)
        {
            return [];
        }

        try
        {
            await LocalAzureTables.CreateDeclaredAsync(manifest, ConnectionString, cancellationToken).ConfigureAwait(false);
        }
        catch (LocalAzureTablesException e)
        {
            throw new LocalAzureStorageException(e.Diagnostic, e);
        }

        _createdTables.AddRange(names);
        return names;
    }

    /// <summary>Stops the services this object started; the user's storage is left alone.</summary>
    public void Dispose()
    {
        foreach (var service in _services)
        {
            service.Dispose();
        }
    }

    /// <summary>
    /// <c>AzureWebJobsStorage</c>, the same account under each storage trigger's own <c>connection</c> name, and each
    /// used declared table's name setting (<c>ITEMS_TABLE_NAME</c>), as main.bicep sets them.
    /// </summary>
    private static Dictionary<string, string> SettingsFor(AzureApp app, ServiceManifest? manifest, string connection)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal) { [ConnectionVariable] = connection };
        foreach (var (variable, table) in manifest is null ? new Dictionary<string, string>() : LocalAzureTables.Environment(manifest))
        {
            settings[variable] = table;
        }

        foreach (var function in app.Functions.Where(f => f.TriggerType is "queueTrigger" or "blobTrigger"))
        {
            if (function.Setting("connection") is { Length: > 0 } name && name != ConnectionVariable)
            {
                settings[name] = connection;
            }
        }

        return settings;
    }

    /// <summary>Creates the queue each queue trigger reads, so a message put there (by the app or a test) is delivered.</summary>
    private static async Task CreateTriggerQueuesAsync(AzureApp app, IReadOnlyList<Azurite> services, CancellationToken cancellationToken)
    {
        if (services.FirstOrDefault(s => s.Service == AzureStorageService.Queue) is not { } queues)
        {
            return;
        }

        using var client = StorageQueueClient.Development(queues.Endpoint);
        foreach (var queue in app.Functions.Where(f => f.TriggerType == "queueTrigger").Select(f => f.Setting("queueName")).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            try
            {
                await client.CreateQueueAsync(queue, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
            {
                throw new LocalAzureStorageException(ServerlessDiagnostic.Error(DiagnosticCodes.LocalAzureStorageNotPrepared,
                    $"Cannot create the queue {queue} in Azurite at {queues.Endpoint}: {e.Message.Trim()}. Check that Azurite runs (`{Azurite.ExecutableName(AzureStorageService.Queue)} --help`), or set AzureWebJobsStorage to your own storage."), e);
            }
        }
    }
}

/// <summary>The local Azure Storage could not be found, started or prepared; <see cref="Diagnostic"/> says which and why.</summary>
public sealed class LocalAzureStorageException(ServerlessDiagnostic diagnostic, Exception? inner = null)
    : Exception(diagnostic.Message, inner)
{
    /// <summary>The coded error to print (SLS6160–SLS6162).</summary>
    public ServerlessDiagnostic Diagnostic { get; } = diagnostic;
}
