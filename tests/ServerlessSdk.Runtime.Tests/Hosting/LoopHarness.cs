using ServerlessSdk.Runtime.Hosting;
using ServerlessSdk.Runtime.Tests.RuntimeApi;

namespace ServerlessSdk.Runtime.Tests.Hosting;

/// <summary>
/// Runs the real invocation loop in-process against a <see cref="CannedRuntimeApi"/>. The loop ends when the script
/// does: the server then closes every connection, which the loop reports as the Runtime API going away.
/// </summary>
internal static class LoopHarness
{
    public static Task<int> RunAsync(CannedRuntimeApi api, InvocationHandler handler, IReadOnlyDictionary<string, string>? variables = null)
    {
        var environment = FunctionEnvironment.From(name => name == "AWS_LAMBDA_RUNTIME_API" ? api.Authority : variables?.GetValueOrDefault(name));
        var loop = new InvocationLoop(handler, new LambdaRuntimeOptions { EmitColdStartMetric = false }, environment);
        // The client blocks on its socket, so the loop gets a thread of its own.
        return Task.Run(loop.RunAsync).WaitAsync(TimeSpan.FromSeconds(30));
    }
}

/// <summary>The loop tests share process-wide state (the log context, _X_AMZN_TRACE_ID), so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InvocationLoopCollection
{
    public const string Name = "Invocation loop";
}
