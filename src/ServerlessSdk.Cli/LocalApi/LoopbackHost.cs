using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ServerlessSdk.Cli.LocalApi;

/// <summary>
/// The Kestrel app both local API servers (Lambda's and Azure's) run: on 127.0.0.1, without the host's logging or
/// console lifetime, started to read back the port actually bound, and stopped within a second.
/// </summary>
internal static class LoopbackHost
{
    /// <summary>A builder listening on 127.0.0.1:<paramref name="port"/> (0 for any free port), with <paramref name="configure"/>'s limits.</summary>
    public static WebApplicationBuilder Builder(int port, Action<KestrelServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();

        // The tool owns Ctrl+C and SIGTERM (the command's cancellation token); the host's console lifetime would swallow them.
        builder.Services.AddSingleton<IHostLifetime, NoSignalLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, port);
            configure?.Invoke(options);
        });
        return builder;
    }

    /// <summary>Starts <paramref name="app"/> and returns the address it listens on, with the port actually bound.</summary>
    public static async Task<Uri> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>Stops <paramref name="app"/>: requests still open get a second, not the host's 30, since whoever stops the tool wants it stopped.</summary>
    public static async Task StopAsync(WebApplication app)
    {
        using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await app.StopAsync(shutdown.Token).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}

/// <summary>A host lifetime that leaves process signals alone.</summary>
internal sealed class NoSignalLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
