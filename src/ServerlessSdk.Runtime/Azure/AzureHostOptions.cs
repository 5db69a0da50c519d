namespace ServerlessSdk.Runtime.Azure;

/// <summary>Settings of the Azure Functions custom-handler host (<see cref="AzureFunctionsHost"/>).</summary>
public sealed class AzureHostOptions
{
    /// <summary>Runs once before the handler listens; a throw exits the process with code 1 (the host reports it).</summary>
    public Func<ValueTask>? Startup { get; set; }

    /// <summary>host.json's <c>extensions.http.routePrefix</c>: removed from proxied paths before routing. Default <c>api</c>.</summary>
    public string RoutePrefix { get; set; } = Environment.GetEnvironmentVariable("SERVERLESS_AZURE_ROUTE_PREFIX") ?? "api";

    /// <summary>When an invocation's cancellation token fires; the host's <c>functionTimeout</c> (5 minutes by default on Consumption) still rules.</summary>
    public TimeSpan FunctionTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long SIGTERM waits for requests in flight before the process exits.</summary>
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(10);
}
