using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace ServerlessSdk.Runtime.Serialization;

/// <summary>
/// Escapes only what JSON requires: quotation mark, reverse solidus, control characters and invalid UTF-16/UTF-8.
/// </summary>
/// <remarks>
/// <see cref="JavaScriptEncoder.Default"/> also escapes HTML-sensitive and all non-ASCII characters, which
/// nothing reading Lambda payloads or CloudWatch logs needs, and building its tables costs about a million
/// instructions on first use, a sixth of a Native AOT function's cold start. Every writer the runtime owns
/// (responses, logs, metrics, error documents) uses this encoder instead.
/// </remarks>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    public static readonly MinimalJsonEncoder Instance = new();

    // Everything below 0x20, '"', '\\', and every non-ASCII byte (checked for valid UTF-8 one by one).
    private static readonly SearchValues<byte> Utf8Candidates = SearchValues.Create(Utf8CandidateBytes());

    private MinimalJsonEncoder()
    {
    }

    private static byte[] Utf8CandidateBytes()
    {
        var bytes = new List<byte> { (byte)'"', (byte)'\\' };
        for (var b = 0; b < 0x100; b++)
        {
            if (b < 0x20 || b >= 0x80)
            {
                bytes.Add((byte)b);
            }
        }

        return [.. bytes];
    }

    /// <summary>A surrogate pair escaped as two <c>\uXXXX</c> sequences.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 12;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\' || unicodeScalar is >= 0xD800 and <= 0xDFFF;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == textLength || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
        }

        return -1;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var offset = 0;
        while (true)
        {
            var index = utf8Text[offset..].IndexOfAny(Utf8Candidates);
            if (index < 0)
            {
                return -1;
            }

            offset += index;
            if (utf8Text[offset] < 0x80 || Rune.DecodeFromUtf8(utf8Text[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        if (!WillEncode(unicodeScalar))
        {
            var written = Rune.TryCreate(unicodeScalar, out var rune) && rune.TryEncodeToUtf16(destination, out var count) ? count : -1;
            numberOfCharactersWritten = Math.Max(written, 0);
            return written >= 0;
        }

        ReadOnlySpan<char> escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => default,
        };

        if (escaped.IsEmpty)
        {
            // Control characters, and lone surrogates (written as U+FFFD's escape: JSON text must be valid Unicode).
            var value = unicodeScalar is >= 0xD800 and <= 0xDFFF ? 0xFFFD : unicodeScalar;
            if (bufferLength < 6)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            "\\u".CopyTo(destination);
            value.TryFormat(destination[2..], out _, "x4", null);
            numberOfCharactersWritten = 6;
            return true;
        }

        numberOfCharactersWritten = escaped.Length;
        return escaped.TryCopyTo(destination);
    }
}
