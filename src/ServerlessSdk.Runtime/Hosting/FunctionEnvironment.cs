namespace ServerlessSdk.Runtime.Hosting;

/// <summary>What Lambda tells the process about its function through environment variables, read once.</summary>
internal sealed record FunctionEnvironment(
    string? RuntimeApi,
    string FunctionName,
    string FunctionVersion,
    int MemoryMb,
    string ServiceName,
    string? MetricsNamespace,
    string? XRayDaemonAddress = null)
{
    private static FunctionEnvironment? s_current;

    public static FunctionEnvironment Current => s_current ??= From(Environment.GetEnvironmentVariable);

    public static FunctionEnvironment From(Func<string, string?> variable)
    {
        // On Azure the app's name (WEBSITE_SITE_NAME) stands in: one process serves all its functions.
        var name = NonEmpty(variable("AWS_LAMBDA_FUNCTION_NAME")) ?? NonEmpty(variable("WEBSITE_SITE_NAME")) ?? "local";
        return new FunctionEnvironment(
            RuntimeApi: NonEmpty(variable("AWS_LAMBDA_RUNTIME_API")),
            FunctionName: name,
            FunctionVersion: NonEmpty(variable("AWS_LAMBDA_FUNCTION_VERSION")) ?? "$LATEST",
            MemoryMb: int.TryParse(variable("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), out var memory) ? memory : 0,
            // Powertools' variable names, so a function moving from Powertools keeps its configuration.
            ServiceName: NonEmpty(variable("POWERTOOLS_SERVICE_NAME")) ?? name,
            MetricsNamespace: NonEmpty(variable("POWERTOOLS_METRICS_NAMESPACE")),
            XRayDaemonAddress: NonEmpty(variable("AWS_XRAY_DAEMON_ADDRESS")));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
