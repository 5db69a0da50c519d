using System.Text.Json.Serialization.Metadata;
using ServerlessSdk.Runtime.Hosting;

namespace ServerlessSdk.Runtime;

/// <summary>
/// Runs a function under the Lambda Runtime API: call one of these from <c>Main</c> and return its exit code.
/// </summary>
/// <example>
/// <code>
/// return await LambdaRuntime.RunAsync(
///     static (request, context) => ValueTask.FromResult(HttpApiResponse.Text(200, "hello")),
///     HttpApiJsonContext.Default.HttpApiRequest,
///     HttpApiJsonContext.Default.HttpApiResponse);
/// </code>
/// </example>
public static class LambdaRuntime
{
    /// <summary>Serves typed events; (de)serialisation uses the given source-generated JSON metadata.</summary>
    /// <returns>The process exit code: non-zero when initialisation failed or the Runtime API went away.</returns>
    public static Task<int> RunAsync<TEvent, TResponse>(
        Func<TEvent, ILambdaContext, ValueTask<TResponse>> handler,
        JsonTypeInfo<TEvent> eventType,
        JsonTypeInfo<TResponse> responseType,
        LambdaRuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentNullException.ThrowIfNull(responseType);
        return Run(new TypedInvocationHandler<TEvent, TResponse>(handler, eventType, responseType), options);
    }

    /// <summary>Serves typed events whose handler returns nothing; Lambda receives <c>null</c> as the response.</summary>
    /// <returns>The process exit code: non-zero when initialisation failed or the Runtime API went away.</returns>
    public static Task<int> RunAsync<TEvent>(
        Func<TEvent, ILambdaContext, ValueTask> handler,
        JsonTypeInfo<TEvent> eventType,
        LambdaRuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(eventType);
        return Run(new EventOnlyInvocationHandler<TEvent>(handler, eventType), options);
    }

    /// <summary>
    /// Serves raw event bytes. The event memory is valid until the handler's task completes; the returned
    /// memory must stay valid until the runtime has sent it.
    /// </summary>
    /// <returns>The process exit code: non-zero when initialisation failed or the Runtime API went away.</returns>
    public static Task<int> RunAsync(
        Func<ReadOnlyMemory<byte>, ILambdaContext, ValueTask<ReadOnlyMemory<byte>>> handler,
        LambdaRuntimeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return Run(new RawInvocationHandler(handler), options);
    }

    private static Task<int> Run(InvocationHandler handler, LambdaRuntimeOptions? options) =>
        new InvocationLoop(handler, options ?? new LambdaRuntimeOptions(), FunctionEnvironment.Current).RunAsync();
}
