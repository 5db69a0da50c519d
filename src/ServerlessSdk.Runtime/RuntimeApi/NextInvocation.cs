namespace ServerlessSdk.Runtime.RuntimeApi;

/// <summary>An invocation handed out by <c>GET /runtime/invocation/next</c>.</summary>
/// <remarks><see cref="Payload"/> points into the client's receive buffer: it is valid until the next request.</remarks>
/// <remarks>
/// <c>Refusal</c> says why the invocation cannot be handled although Lambda handed it out (it arrived truncated, or a
/// header was over the size limit); it is <see langword="null"/> for an invocation to handle.
/// </remarks>
internal readonly record struct NextInvocation(
    string RequestId,
    long DeadlineEpochMs,
    string? FunctionArn,
    string? TraceId,
    string? ClientContext,
    string? CognitoIdentity,
    ReadOnlyMemory<byte> Payload,
    string? Refusal = null);
