using HelloApi;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

// Spans for every invocation, continuing the caller's X-Ray or W3C trace.
using var tracing = Tracing.Listen();

return await LambdaRuntime.RunAsync(
    Greeter.HandleAsync,
    HttpApiJsonContext.Default.HttpApiRequest,
    HttpApiJsonContext.Default.HttpApiResponse);
