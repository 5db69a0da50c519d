namespace ServerlessSdk.Emulator;

/// <summary>How the function finished an invocation.</summary>
public enum InvocationOutcome
{
    /// <summary>The function posted to <c>/invocation/{id}/response</c>.</summary>
    Response,

    /// <summary>
    /// The function posted to <c>/invocation/{id}/error</c>, or ended a streamed response with a
    /// <c>Lambda-Runtime-Function-Error-Type</c> trailer.
    /// </summary>
    Error,

    /// <summary>The response body exceeded <see cref="EmulatorOptions.MaxResponseBytes"/> and was answered with 413.</summary>
    ResponseTooLarge,
}
