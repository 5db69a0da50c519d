using ServerlessSdk.Runtime;

namespace ServerlessSdk.Functions.Hosting;

/// <summary>
/// Picks which declared function this process serves. One <c>bootstrap</c> hosts every function of a project; the
/// IaC sets <c>SERVERLESS_FUNCTION</c> on each. Used by the generated <c>ServerlessFunctions.RunAsync</c>.
/// </summary>
public static class FunctionHost
{
    /// <summary>The environment variable naming the function to serve.</summary>
    public const string FunctionVariable = "SERVERLESS_FUNCTION";

    /// <summary>
    /// The function to serve: <c>SERVERLESS_FUNCTION</c>, else Lambda's <c>_HANDLER</c> when it names one, else the
    /// only function; null when that is ambiguous or unknown.
    /// </summary>
    public static string? Select(IReadOnlyList<string> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        var requested = Environment.GetEnvironmentVariable(FunctionVariable);
        if (!string.IsNullOrEmpty(requested))
        {
            return functions.Contains(requested, StringComparer.Ordinal) ? requested : null;
        }

        var handler = Environment.GetEnvironmentVariable("_HANDLER");
        if (!string.IsNullOrEmpty(handler) && functions.Contains(handler, StringComparer.Ordinal))
        {
            return handler;
        }

        return functions.Count == 1 ? functions[0] : null;
    }

    /// <summary>
    /// Serves nothing but reports an init error naming the functions this binary has: the deployment points at a
    /// function that does not exist (a stale <c>SERVERLESS_FUNCTION</c>).
    /// </summary>
    public static Task<int> RunUnknownFunctionAsync(IReadOnlyList<string> functions, LambdaRuntimeOptions? options)
    {
        var requested = Environment.GetEnvironmentVariable(FunctionVariable);
        var message = string.IsNullOrEmpty(requested)
            ? $"This bootstrap hosts {functions.Count} functions ({string.Join(", ", functions)}): set {FunctionVariable} to one of them."
            : $"{FunctionVariable}={requested} is not a function of this bootstrap; it hosts: {string.Join(", ", functions)}.";
        var failing = options ?? new LambdaRuntimeOptions();
        failing.Startup = () => throw new InvalidOperationException(message);
        return LambdaRuntime.RunAsync(static (_, _) => ValueTask.FromResult(ReadOnlyMemory<byte>.Empty), failing);
    }

    /// <summary>Runs <paramref name="startup"/> during init (after any startup hook already set), so its failure is an init error.</summary>
    public static LambdaRuntimeOptions WithStartup(LambdaRuntimeOptions? options, Action startup)
    {
        ArgumentNullException.ThrowIfNull(startup);
        var result = options ?? new LambdaRuntimeOptions();
        var previous = result.Startup;
        result.Startup = async () =>
        {
            if (previous is not null)
            {
                await previous().ConfigureAwait(false);
            }

            startup();
        };
        return result;
    }
}
