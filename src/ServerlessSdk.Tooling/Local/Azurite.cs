using System.Diagnostics;
using System.Globalization;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Local;

/// <summary>
/// One Azurite service (npm: Microsoft's Azure Storage emulator) in memory on a loopback port for as long as this
/// object lives: <c>azurite-queue</c>, <c>azurite-table</c> or <c>azurite-blob</c>, each its own process, so only the
/// services an app needs run. The probe, <c>dotnet serverless invoke</c> and <c>start-api</c> start it
/// (<see cref="LocalAzureStorage"/>); the tests too.
/// </summary>
public sealed class Azurite : IDisposable
{
    /// <summary>Azurite to run: its <c>azurite</c> (or <c>azurite-&lt;service&gt;</c>) executable, or the folder holding them (<c>node_modules/.bin</c>).</summary>
    public const string ExecutableVariable = "SERVERLESS_AZURITE";

    /// <summary>Where build/install-azurite.sh installs it, under a repository root.</summary>
    public static readonly string RepositoryInstall = Path.Combine("build", "azurite", "node_modules", ".bin");

    private const string ReadyLine = " service successfully ";
    private const int Attempts = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private Azurite(Process process, AzureStorageService service, int port)
    {
        _process = process;
        Service = service;
        Endpoint = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/{LocalAzureStorage.DevelopmentAccount}");
    }

    /// <summary>The service this process runs.</summary>
    public AzureStorageService Service { get; }

    /// <summary>The development account's endpoint of the service (path-style), e.g. <c>http://127.0.0.1:41234/devstoreaccount1</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The executable name of <paramref name="service"/>: <c>azurite-queue</c>, <c>azurite-table</c>, <c>azurite-blob</c>.</summary>
    public static string ExecutableName(AzureStorageService service) =>
        "azurite-" + service.ToString().ToLowerInvariant() + (OperatingSystem.IsWindows() ? ".cmd" : string.Empty);

    /// <summary>
    /// The executable of <paramref name="service"/>: from <see cref="ExecutableVariable"/> when set (its folder, or the
    /// folder of the executable it names); else <see cref="RepositoryInstall"/> under <paramref name="searchFrom"/> or
    /// a folder above it; else on PATH. Throws SLS6160 when none has it.
    /// </summary>
    public static string Locate(AzureStorageService service, Func<string, string?> environment, string? searchFrom = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var name = ExecutableName(service);
        if (environment(ExecutableVariable) is { Length: > 0 } configured)
        {
            var folder = Directory.Exists(configured) ? configured : Path.GetDirectoryName(Path.GetFullPath(configured))!;
            var executable = Path.Combine(Path.GetFullPath(folder), name);
            return File.Exists(executable)
                ? executable
                : throw NotInstalled($"{ExecutableVariable} is {configured}, and {executable} does not exist");
        }

        for (var folder = searchFrom is null ? null : new DirectoryInfo(Path.GetFullPath(searchFrom)); folder is not null; folder = folder.Parent)
        {
            var installed = Path.Combine(folder.FullName, RepositoryInstall, name);
            if (File.Exists(installed))
            {
                return installed;
            }
        }

        var onPath = (environment("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw NotInstalled($"{name} is not on PATH");
    }

    /// <summary>Starts <paramref name="executable"/> (the <paramref name="service"/>'s) on a free loopback port, in memory, and returns once it listens.</summary>
    public static Azurite Start(AzureStorageService service, string executable)
    {
        // Azurite takes a port, and prints 0 when given 0: pick a free one, and retry when another process took it first.
        var failures = new List<string>();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var port = LocalProcess.FreeLoopbackPort();
            var process = Launch(service, executable, port);
            var output = new ReadyLineWatcher(process, ReadyLine);
            if (output.WaitForReady(StartTimeout))
            {
                return new Azurite(process, service, port);
            }

            LocalProcess.Stop(process);
            process.Dispose();
            failures.Add(output.Text);
        }

        throw new LocalAzureStorageException(ServerlessDiagnostic.Error(DiagnosticCodes.AzuriteDidNotStart,
            $"Azurite's {service.ToString().ToLowerInvariant()} service ({executable}) did not start within {StartTimeout.TotalSeconds:0} s in {Attempts} attempts: "
            + $"{failures[^1].Trim()}. Check that Node.js >= 20 is on PATH and `{executable} --help` runs."));
    }

    /// <summary>Kills the service; its data is gone with it.</summary>
    public void Dispose()
    {
        LocalProcess.Stop(_process);
        _process.Dispose();
    }

    private static Process Launch(AzureStorageService service, string executable, int port)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // In memory it writes nothing, but it still resolves its workspace: never the user's project folder.
            WorkingDirectory = Path.GetTempPath(),
        };
        var prefix = "--" + service.ToString().ToLowerInvariant();
        foreach (var argument in new[]
                 {
                     prefix + "Host", "127.0.0.1", prefix + "Port", port.ToString(CultureInfo.InvariantCulture),
                     "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw NotInstalled($"{executable} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw NotInstalled($"{executable} cannot be run ({e.Message})");
        }
    }

    private static LocalAzureStorageException NotInstalled(string why) =>
        new(ServerlessDiagnostic.Error(DiagnosticCodes.AzuriteNotInstalled,
            $"The local Azure Storage cannot run: {why}. Install Azurite with `npm install --global azurite` (Node.js >= 20), "
            + $"set {ExecutableVariable} to its executable or folder, or set AzureWebJobsStorage to a storage connection string."));
}

/// <summary>An Azure Storage service Azurite emulates.</summary>
public enum AzureStorageService
{
    /// <summary>Blob Storage (blob triggers and bindings).</summary>
    Blob,

    /// <summary>Queue Storage (queue triggers and bindings).</summary>
    Queue,

    /// <summary>Table Storage (tables).</summary>
    Table,
}
