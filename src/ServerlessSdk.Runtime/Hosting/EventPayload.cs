namespace ServerlessSdk.Runtime.Hosting;

/// <summary>What the loop does to an event body before any handler sees it.</summary>
internal static class EventPayload
{
    /// <summary>
    /// Skips a leading UTF-8 byte-order mark. Lambda never sends one (an event is JSON, which has none), but event
    /// files saved by editors do, and local tools pass them on as they are; JSON readers refuse the mark. A slice of
    /// the same memory, so nothing is copied, and one three-byte compare per event.
    /// </summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> payload) =>
        payload.Span.StartsWith("\uFEFF"u8) ? payload[3..] : payload;
}
