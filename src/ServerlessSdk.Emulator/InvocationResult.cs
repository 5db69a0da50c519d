using System.Diagnostics;
using System.Text;

namespace ServerlessSdk.Emulator;

/// <summary>What the function posted for one invocation, and when.</summary>
/// <param name="RequestId">The invocation's request id.</param>
/// <param name="Outcome">Whether it was a response, an error or an oversized response.</param>
/// <param name="Body">
/// The posted body: the response, or the error JSON (<c>errorType</c>, <c>errorMessage</c>, <c>stackTrace</c>).
/// Empty for <see cref="InvocationOutcome.ResponseTooLarge"/>.
/// </param>
/// <param name="BodyLength">The number of body bytes the function sent (larger than <paramref name="Body"/> only when too large).</param>
/// <param name="ErrorType">
/// The <c>Lambda-Runtime-Function-Error-Type</c> header (or trailer, for a streamed response);
/// <c>Function.ResponseSizeTooLarge</c> for an oversized response; otherwise null.
/// </param>
/// <param name="Headers">The request headers of the completing POST (names are case-insensitive).</param>
/// <param name="Trailers">The chunked-encoding trailers of the completing POST, if any.</param>
/// <param name="DeliveredAt">The <see cref="Stopwatch.GetTimestamp"/> at which <c>/next</c> handed the event out.</param>
/// <param name="CompletedAt">The <see cref="Stopwatch.GetTimestamp"/> at which the body was fully received.</param>
public sealed record InvocationResult(
    string RequestId,
    InvocationOutcome Outcome,
    byte[] Body,
    long BodyLength,
    string? ErrorType,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> Trailers,
    long DeliveredAt,
    long CompletedAt)
{
    /// <summary>The time from handing the event out to receiving the complete body.</summary>
    public TimeSpan Duration => Stopwatch.GetElapsedTime(DeliveredAt, CompletedAt);

    /// <summary><see cref="Body"/> decoded as UTF-8.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);
}
