using System.Diagnostics;

namespace ServerlessSdk.Emulator;

/// <summary>One line the function wrote to stdout or stderr.</summary>
/// <param name="Text">The line, without its newline.</param>
/// <param name="IsStandardError">True for stderr, false for stdout.</param>
/// <param name="Timestamp">The <see cref="Stopwatch.GetTimestamp"/> at which the line was read.</param>
public sealed record LogLine(string Text, bool IsStandardError, long Timestamp)
{
    /// <summary>The line's text.</summary>
    public override string ToString() => Text;
}
