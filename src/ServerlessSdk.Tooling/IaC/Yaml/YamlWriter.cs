using System.Text;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Tooling.IaC.Yaml;

/// <summary>
/// Writes YAML in block style, two-space indents, LF line ends. Strings are written plain only when no YAML 1.1 or
/// 1.2 reader could take them for anything else (numbers, booleans, dates, null, indicators); otherwise single-quoted,
/// or double-quoted with escapes when they hold line breaks or control characters.
/// </summary>
internal static partial class YamlWriter
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "nan", ".nan", "inf", ".inf", "-.inf", "<<", "=",
    };

    public static string Write(YamlMap root)
    {
        var builder = new StringBuilder();
        WriteMapEntries(builder, root, 0);
        return builder.ToString();
    }

    /// <summary>A string as a YAML scalar (plain when safe).</summary>
    public static string Quote(string value)
    {
        if (value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF'))
        {
            return DoubleQuoted(value);
        }

        return IsPlainSafe(value) ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static void WriteMapEntries(StringBuilder builder, YamlMap map, int indent)
    {
        foreach (var (key, value) in map.Entries)
        {
            builder.Append(' ', indent).Append(Quote(key)).Append(':');
            WriteValueAfterKey(builder, value, indent);
        }
    }

    private static void WriteValueAfterKey(StringBuilder builder, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlMap { Entries.Count: 0 }:
                builder.Append(" {}\n");
                break;
            case YamlMap map:
                builder.Append('\n');
                WriteMapEntries(builder, map, indent + 2);
                break;
            case YamlSeq { Items.Count: 0 }:
                builder.Append(" []\n");
                break;
            case YamlSeq seq:
                builder.Append('\n');
                WriteSeqItems(builder, seq, indent + 2);
                break;
            default:
                builder.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteSeqItems(StringBuilder builder, YamlSeq seq, int indent)
    {
        foreach (var item in seq.Items)
        {
            builder.Append(' ', indent).Append('-');
            switch (item)
            {
                case YamlMap { Entries.Count: > 0 } map:
                    // The first key shares the dash's line; the rest align under it.
                    builder.Append(' ');
                    var first = true;
                    foreach (var (key, value) in map.Entries)
                    {
                        if (!first)
                        {
                            builder.Append(' ', indent + 2);
                        }

                        builder.Append(Quote(key)).Append(':');
                        WriteValueAfterKey(builder, value, indent + 2);
                        first = false;
                    }

                    break;
                case YamlSeq { Items.Count: > 0 } inner:
                    builder.Append('\n');
                    WriteSeqItems(builder, inner, indent + 2);
                    break;
                case YamlMap:
                    builder.Append(" {}\n");
                    break;
                case YamlSeq:
                    builder.Append(" []\n");
                    break;
                default:
                    builder.Append(' ').Append(Scalar(item)).Append('\n');
                    break;
            }
        }
    }

    private static string Scalar(YamlNode node)
    {
        var scalar = (YamlScalar)node;
        return scalar.IsString ? Quote(scalar.Text) : scalar.Text;
    }

    private static bool IsPlainSafe(string value) =>
        value.Length > 0
        && !Reserved.Contains(value)
        && PlainPattern().IsMatch(value)
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && !value.EndsWith(':')
        && !value.EndsWith(' ');

    private static string DoubleQuoted(string value) => "\"" + StringEscapes.Escape(value) + "\"";

    // Starts with a letter, '/', '$' or '_' (never a digit, sign, dot or indicator); then a conservative character set.
    [GeneratedRegex(@"^[A-Za-z_/$][A-Za-z0-9_./:$@()+*{}=, -]*$")]
    private static partial Regex PlainPattern();
}
