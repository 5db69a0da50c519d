using System.Diagnostics;

namespace ServerlessSdk.Runtime.Tracing;

/// <summary>Maps the X-Ray trace header Lambda sends to W3C trace context.</summary>
public static class XRayTraceHeader
{
    /// <summary>
    /// Parses <c>Root=1-xxxxxxxx-yyyyyyyyyyyyyyyyyyyyyyyy;Parent=zzzzzzzzzzzzzzzz;Sampled=1</c>: the W3C trace id
    /// is the root's epoch and unique parts joined (32 hex digits), the span id is <c>Parent</c>, and
    /// <c>Sampled=1</c> sets the recorded flag.
    /// </summary>
    /// <returns><see langword="false"/> when the header has no well-formed root or parent.</returns>
    public static bool TryParse(string? header, out ActivityContext context)
    {
        context = default;
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        ReadOnlySpan<char> root = default, parent = default;
        var sampled = false;
        foreach (var range in header.AsSpan().Split(';'))
        {
            var part = header.AsSpan(range).Trim();
            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var key = part[..equals];
            var value = part[(equals + 1)..];
            if (key.SequenceEqual("Root"))
            {
                root = value;
            }
            else if (key.SequenceEqual("Parent"))
            {
                parent = value;
            }
            else if (key.SequenceEqual("Sampled"))
            {
                sampled = value.SequenceEqual("1");
            }
        }

        // Root = "1-" + 8 hex (epoch seconds) + "-" + 24 hex.
        if (root.Length != 35 || !root.StartsWith("1-") || root[10] != '-' || parent.Length != 16)
        {
            return false;
        }

        Span<char> traceId = stackalloc char[32];
        root.Slice(2, 8).CopyTo(traceId);
        root.Slice(11, 24).CopyTo(traceId[8..]);
        if (!IsLowerHex(traceId) || !IsLowerHex(parent))
        {
            return false;
        }

        context = new ActivityContext(
            ActivityTraceId.CreateFromString(traceId),
            ActivitySpanId.CreateFromString(parent),
            sampled ? ActivityTraceFlags.Recorded : ActivityTraceFlags.None,
            isRemote: true);
        return true;
    }

    private static bool IsLowerHex(ReadOnlySpan<char> value) =>
        !value.ContainsAnyExcept("0123456789abcdef") && value.ContainsAnyExcept('0');
}
