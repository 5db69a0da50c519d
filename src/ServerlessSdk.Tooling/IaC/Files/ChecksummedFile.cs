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
/// A generated file is a comment header (<c>#</c>, or <c>//</c> for Bicep), a checksum line and a body. The checksum
/// covers the body (every byte after the checksum line), so the next build can tell its own output from a hand edit.
/// JSON has no comments, so a generated JSON object carries the checksum as its first property instead, and the
/// body is the object without that line.
/// </summary>
internal static class ChecksummedFile
{
    public const string ChecksumPrefix = "# serverlesssdk-checksum: sha256:";

    public const string SlashChecksumPrefix = "// serverlesssdk-checksum: sha256:";

    /// <summary>The property a generated JSON file records its checksum in (the Functions host ignores unknown properties).</summary>
    public const string JsonChecksumProperty = "serverlesssdk-checksum";

    private const string JsonChecksumPrefix = "  \"" + JsonChecksumProperty + "\": \"sha256:";

    /// <summary>The checksum must be within the first lines: a body that merely mentions it does not count.</summary>
    private const int HeaderLineLimit = 20;

    public static string Compose(IEnumerable<string> headerLines, string body, string commentMarker = "#")
    {
        var builder = new StringBuilder();
        foreach (var line in headerLines)
        {
            builder.Append(line.Length == 0 ? commentMarker : commentMarker + " " + line).Append('\n');
        }

        var prefix = commentMarker == "#" ? ChecksumPrefix : SlashChecksumPrefix;
        return builder.Append(prefix).Append(Checksum(body)).Append('\n').Append(body).ToString();
    }

    /// <summary>An indented JSON object (starting <c>{\n</c>, two-space indent) with the checksum as its first property.</summary>
    public static string ComposeJson(string jsonObject)
    {
        if (!jsonObject.StartsWith("{\n", StringComparison.Ordinal))
        {
            throw new ArgumentException("expected an indented, non-empty JSON object", nameof(jsonObject));
        }

        return "{\n" + JsonChecksumPrefix + Checksum(jsonObject) + "\",\n" + jsonObject[2..];
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

            var text = content[position..end].TrimEnd('\r');
            if (text.StartsWith(JsonChecksumPrefix, StringComparison.Ordinal))
            {
                var recordedJson = text[JsonChecksumPrefix.Length..].TrimEnd(',').TrimEnd('"');
                var jsonBody = "{\n" + content[(end + 1)..];
                return string.Equals(recordedJson, Checksum(jsonBody), StringComparison.OrdinalIgnoreCase)
                    ? ExistingFileState.Intact
                    : ExistingFileState.EditedByHand;
            }

            var prefix = text.StartsWith(ChecksumPrefix, StringComparison.Ordinal) ? ChecksumPrefix
                : text.StartsWith(SlashChecksumPrefix, StringComparison.Ordinal) ? SlashChecksumPrefix
                : null;
            if (prefix is not null)
            {
                var recorded = text[prefix.Length..].Trim();
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
