namespace ServerlessSdk.Emulator;

/// <summary>Per-invocation settings for <see cref="RuntimeApiEmulator.Enqueue(ReadOnlyMemory{byte}, InvocationOptions?)"/>.</summary>
public sealed record InvocationOptions
{
    /// <summary>The request id; a new GUID when null. Must be unique within one emulator.</summary>
    public string? RequestId { get; init; }

    /// <summary>Overrides <see cref="EmulatorOptions.Timeout"/> for the deadline of this invocation.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The <c>Lambda-Runtime-Trace-Id</c> value; a fresh unsampled X-Ray trace header when null.</summary>
    public string? TraceId { get; init; }

    /// <summary>The <c>Lambda-Runtime-Client-Context</c> value (JSON); the header is omitted when null.</summary>
    public string? ClientContext { get; init; }

    /// <summary>The <c>Lambda-Runtime-Cognito-Identity</c> value (JSON); the header is omitted when null.</summary>
    public string? CognitoIdentity { get; init; }
}
