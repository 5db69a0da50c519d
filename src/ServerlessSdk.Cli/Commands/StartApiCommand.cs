using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Cli.LocalApi;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Commands;

/// <summary><c>dotnet serverless start-api</c>: the project's HTTP routes served on loopback until Ctrl+C.</summary>
internal static class StartApiCommand
{
    public static Command Create(Terminal terminal)
    {
        var project = CommonOptions.Project();
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1 (0 picks a free one).",
            DefaultValueFactory = _ => 3000,
        };
        var configuration = CommonOptions.Configuration("Debug");
        var aot = CommonOptions.Aot();
        var noBuild = CommonOptions.NoBuild();
        var command = new Command("start-api", "Serve the project's HTTP API routes locally, one warm process per function, restarted after each rebuild.")
        {
            project, port, configuration, aot, noBuild,
        };
        command.SetAction(async (result, invocationToken) =>
        {
            // The tool handles SIGTERM and Ctrl+C itself, so that stopping stops the functions too (docs/cli.md).
            using var stop = new StopSignal();
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(invocationToken, stop.Token);
            var cancellationToken = stopping.Token;
            return await CommandRunner.RunAsync(terminal, result, cancellationToken, async () =>
            {
                var listenPort = ValidPort(result.GetValue(port));
                var (target, built) = await FunctionProjectLoader.LoadAsync(terminal, result.GetValue(project), result.GetValue(configuration)!,
                    result.GetValue(aot), result.GetValue(noBuild), cancellationToken).ConfigureAwait(false);
                if (target.Project.IsAzure)
                {
                    await ServeAzureAsync(terminal, target, built, listenPort, cancellationToken).ConfigureAwait(false);
                    return ExitCodes.Success;
                }

                var (tables, catalog) = await LocalTables.StartAsync(terminal, built, built.Functions.Where(f => f.Routes.Any()), cancellationToken).ConfigureAwait(false);
                using var stopTables = tables;
                await ServeAsync(terminal, target, catalog, listenPort, cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Checked before the build: a typo in the port must not cost a build and then a stack trace.</summary>
    private static int ValidPort(int port) => port is >= IPEndPoint.MinPort and <= IPEndPoint.MaxPort
        ? port
        : throw ToolException.Error(DiagnosticCodes.PortInvalid, $"--port {port} is not a TCP port: give one from 1 to 65535, or 0 to pick a free one.");

    /// <summary>An Azure project: its HTTP functions under the route prefix, through one warm custom handler.</summary>
    private static async Task ServeAzureAsync(Terminal terminal, FunctionTarget target, FunctionCatalog catalog, int port, CancellationToken cancellationToken)
    {
        var gate = new Lock();
        void Log(string line)
        {
            lock (gate)
            {
                terminal.OutputLine(line);
            }
        }

        // Read once before listening, so a missing app folder fails with its code instead of on the first request.
        await using var probe = AzureSession.Open(target);
        // One storage account for the app, as on Azure: every handler restart after a rebuild keeps its data.
        using var storage = await LocalAzureStorageSession.StartAsync(terminal, probe.App, catalog.Manifest, target.Project.ProjectDirectory, cancellationToken).ConfigureAwait(false);
        var settings = LocalAzureStorageSession.Settings(null, storage);
        AzureApiServer server;
        try
        {
            server = await AzureApiServer.StartAsync(() => AzureSession.Open(target, settings), Log, port, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex) when (ex.InnerException is SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
        {
            throw ToolException.Error(DiagnosticCodes.ServerStartFailed, $"Cannot listen on 127.0.0.1:{port}: {ex.Message} Choose another --port (0 picks a free one).");
        }

        await using (server.ConfigureAwait(false))
        {
            foreach (var function in probe.App.Functions.Where(f => f.IsHttp))
            {
                var methods = function.Trigger.TryGetProperty("methods", out var m) ? string.Join(",", m.EnumerateArray().Select(x => x.GetString()?.ToUpperInvariant())) : "ANY";
                Log($"  {methods} /{probe.App.RoutePrefix}/{(function.Setting("route") ?? function.Name).TrimStart('/')} -> {function.Name}");
            }

            Log($"Listening on {server.Address} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Log("Stopping");
            }
        }
    }

    private static async Task ServeAsync(Terminal terminal, FunctionTarget target, FunctionCatalog catalog, int port, CancellationToken cancellationToken)
    {
        var gate = new Lock();
        void Log(string line)
        {
            lock (gate)
            {
                terminal.OutputLine(line);
            }
        }

        var routes = RouteTable.For(catalog);
        var served = routes.Routes.Select(r => r.Function).Distinct().ToList();
        var functions = new Dictionary<string, WarmFunction>(StringComparer.Ordinal);
        foreach (var function in served)
        {
            var name = function.Name;
            functions[name] = new WarmFunction(target, function, Log, (LogLine line) => Log($"[{name}] {line.Text}"));
        }

        try
        {
            LocalApiServer server;
            try
            {
                server = await LocalApiServer.StartAsync(routes, functions, Log, port, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex) when (ex.InnerException is SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                throw ToolException.Error(DiagnosticCodes.ServerStartFailed, $"Cannot listen on 127.0.0.1:{port}: {ex.Message} Choose another --port (0 picks a free one).");
            }

            await using (server.ConfigureAwait(false))
            {
                foreach (var (routeKey, function) in routes.Routes)
                {
                    Log($"  {routeKey} -> {function.Name}");
                }

                Log($"Listening on {server.Address} (Ctrl+C to stop)");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Log("Stopping");
                }
            }
        }
        finally
        {
            // All at once: each gets SIGTERM and a second to flush its logs.
            await Task.WhenAll(functions.Values.Select(f => f.DisposeAsync().AsTask())).ConfigureAwait(false);
        }
    }
}
