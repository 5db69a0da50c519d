namespace ServerlessSdk.Emulator;

/// <summary>Why a function failed a probe.</summary>
public enum ProbeFailureKind
{
    /// <summary>The program could not be started at all.</summary>
    LaunchFailed,

    /// <summary>The process exited before it was done (before responding, or between invocations).</summary>
    ProcessExited,

    /// <summary>The function posted to <c>/runtime/init/error</c>.</summary>
    InitError,

    /// <summary>The function posted to <c>/invocation/{id}/error</c>.</summary>
    InvocationError,

    /// <summary>The response exceeded the payload limit and was refused with 413.</summary>
    ResponseTooLarge,

    /// <summary>The function made a request the Runtime API refused (wrong request id, path or state).</summary>
    ProtocolError,

    /// <summary>No outcome within <see cref="ProbeOptions.Timeout"/>; the process was killed.</summary>
    TimedOut,
}

/// <summary>A failed probe: what went wrong, in a sentence fit for a build message.</summary>
/// <param name="Kind">The category.</param>
/// <param name="Message">What happened, e.g. <c>process exited with code 3 before responding</c>.</param>
/// <param name="ExitCode">The exit code, when the process had exited.</param>
public sealed record ProbeFailure(ProbeFailureKind Kind, string Message, int? ExitCode = null);
