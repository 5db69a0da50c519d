namespace ServerlessSdk.Cli.Invocation;

/// <summary>How one local invocation ended.</summary>
internal enum InvocationStatus
{
    /// <summary>The function posted a response.</summary>
    Response,

    /// <summary>The function posted an error (or a response over 6 MB).</summary>
    Error,

    /// <summary>The function reported an init error or its process exited before answering.</summary>
    Crashed,

    /// <summary>No answer within the function's timeout; the process was killed.</summary>
    TimedOut,
}

/// <summary>One invocation's outcome, body and timings.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Body">The response, the error document, or the init error document; empty otherwise.</param>
/// <param name="ErrorType">The function's error type (or Lambda's, e.g. Runtime.ExitError); null on success.</param>
/// <param name="Cold">True for the first invocation of a process.</param>
/// <param name="InitMs">Cold only: process start to its first request for an invocation.</param>
/// <param name="DurationMs">Event handed out to response received; null when there was no answer.</param>
/// <param name="TotalMs">Request queued (or process started, when cold) to the end.</param>
/// <param name="ExitCode">The process's exit code when it exited.</param>
internal sealed record InvocationReport(
    InvocationStatus Status,
    byte[] Body,
    string? ErrorType,
    bool Cold,
    double? InitMs,
    double? DurationMs,
    double TotalMs,
    int? ExitCode)
{
    public bool Succeeded => Status == InvocationStatus.Response;
}
