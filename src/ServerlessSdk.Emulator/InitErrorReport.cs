using System.Diagnostics;
using System.Text;

namespace ServerlessSdk.Emulator;

/// <summary>A post to <c>/runtime/init/error</c>.</summary>
/// <param name="Body">The posted body, normally JSON with <c>errorType</c>, <c>errorMessage</c> and <c>stackTrace</c>.</param>
/// <param name="ErrorType">The <c>Lambda-Runtime-Function-Error-Type</c> header, if sent.</param>
/// <param name="Headers">All request headers (names are case-insensitive).</param>
/// <param name="ReceivedAt">The <see cref="Stopwatch.GetTimestamp"/> at which the body was fully received.</param>
public sealed record InitErrorReport(
    byte[] Body,
    string? ErrorType,
    IReadOnlyDictionary<string, string> Headers,
    long ReceivedAt)
{
    /// <summary><see cref="Body"/> decoded as UTF-8.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);
}
