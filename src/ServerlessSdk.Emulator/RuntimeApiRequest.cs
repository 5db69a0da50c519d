using System.Diagnostics;

namespace ServerlessSdk.Emulator;

/// <summary>One request the emulator answered, for diagnostics and assertions.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request target, without the query string.</param>
/// <param name="StatusCode">The status code the emulator answered with.</param>
/// <param name="ErrorType">The <c>errorType</c> of the emulator's error body, for rejected requests; otherwise null.</param>
/// <param name="ArrivedAt">The <see cref="Stopwatch.GetTimestamp"/> at which the first bytes of the request were read.</param>
/// <param name="IsInjectedFault">True when the status came from <see cref="RuntimeApiEmulator.FailNextRequests"/> or <see cref="RuntimeApiEmulator.FailInvocationPosts"/>.</param>
public sealed record RuntimeApiRequest(
    string Method,
    string Path,
    int StatusCode,
    string? ErrorType,
    long ArrivedAt,
    bool IsInjectedFault)
{
    /// <summary>True when the emulator refused the request as invalid (4xx), as opposed to an injected fault.</summary>
    public bool IsRejected => !IsInjectedFault && StatusCode is >= 400 and < 500;
}
