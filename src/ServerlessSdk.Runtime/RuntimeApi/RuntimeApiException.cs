namespace ServerlessSdk.Runtime.RuntimeApi;

/// <summary>The Runtime API could not be reached or answered with an unusable status.</summary>
/// <remarks>Fatal for the process: Lambda restarts the execution environment.</remarks>
public sealed class RuntimeApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuntimeApiException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RuntimeApiException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public RuntimeApiException(string message)
        : base(message)
    {
    }
}
