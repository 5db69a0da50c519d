using System.Security.Cryptography;
using System.Text;

namespace ServerlessSdk.Tooling.IaC.Files;

/// <summary>What an existing file at a generated file's path is.</summary>
internal enum ExistingFileState
{
    /// <summary>No file there.</summary>
    Missing,

    /// <summary>Ours, and its body still matches the checksum it records.</summary>
    Intact,

    /// <summary>Ours, but its body no longer matches: someone edited it.</summary>
    EditedByHand,

    /// <summary>No checksum line: not written by ServerlessSdk.</summary>
    NotGenerated,
}

/// <summary>
/// A generated file is a <c>#</c> comment header, a checksum line and a body. The checksum covers the body (every
/// byte after the checksum line), so the next build can tell its own output from a hand edit.
/// </summary>
internal static class ChecksummedFile
{
    public const string ChecksumPrefix = "# serverlesssdk-checksum: sha256:";

    /// <summary>The checksum must be within the first lines: a body that merely mentions it does not count.</summary>
    private const int HeaderLineLimit = 20;

    public static string Compose(IEnumerable<string> headerLines, string body)
    {
        var builder = new StringBuilder();
        foreach (var line in headerLines)
        {
            builder.Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        }

        return builder.Append(ChecksumPrefix).Append(Checksum(body)).Append('\n').Append(body).ToString();
    }

    public static ExistingFileState Inspect(string? content)
    {
        if (content is null)
        {
            return ExistingFileState.Missing;
        }

        var position = 0;
        for (var line = 0; line < HeaderLineLimit && position < content.Length; line++)
        {
            var end = content.IndexOf('\n', position);
            if (end < 0)
            {
                return ExistingFileState.NotGenerated;
            }

            var text = content[position..end];
            if (text.StartsWith(ChecksumPrefix, StringComparison.Ordinal))
            {
                var recorded = text[ChecksumPrefix.Length..].Trim();
                var body = content[(end + 1)..];
                return string.Equals(recorded, Checksum(body), StringComparison.OrdinalIgnoreCase)
                    ? ExistingFileState.Intact
                    : ExistingFileState.EditedByHand;
            }

            position = end + 1;
        }

        return ExistingFileState.NotGenerated;
    }

    // Line ends are normalised so a checkout with CRLF (git autocrlf) is not mistaken for a hand edit.
    private static string Checksum(string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body.Replace("\r\n", "\n", StringComparison.Ordinal))));
}
