namespace ServerlessSdk.Runtime.RuntimeApi;

/// <summary>An invocation handed out by <c>GET /runtime/invocation/next</c>.</summary>
/// <remarks><see cref="Payload"/> points into the client's receive buffer: it is valid until the next request.</remarks>
internal readonly record struct NextInvocation(
    string RequestId,
    long DeadlineEpochMs,
    string? FunctionArn,
    string? TraceId,
    string? ClientContext,
    string? CognitoIdentity,
    ReadOnlyMemory<byte> Payload);
