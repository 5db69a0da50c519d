namespace ServerlessSdk.Runtime.Hosting;

/// <summary>An invocation failure the runtime classified itself, reported with its own error type.</summary>
internal sealed class InvocationFailedException(string errorType, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string ErrorType { get; } = errorType;
}

/// <summary>The <c>errorType</c> values the runtime reports for failures that are not a handler's exception.</summary>
internal static class ErrorTypes
{
    public const string MalformedEvent = "Runtime.MalformedEvent";
    public const string SerializationError = "Runtime.SerializationError";
    public const string ResponseSizeTooLarge = "Function.ResponseSizeTooLarge";
}
