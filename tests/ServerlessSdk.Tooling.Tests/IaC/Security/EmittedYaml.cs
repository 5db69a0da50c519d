namespace ServerlessSdk.Tooling.Tests.IaC.Security;

/// <summary>
/// Reads the YAML the writers emit (block style, two-space indents, one scalar a line) into maps, lists and strings,
/// so the security tests look at the document's structure, not at its text. Not a general YAML reader: anything
/// outside that style is an error, which fails the test rather than passing it.
/// </summary>
internal static class EmittedYaml
{
    public static Dictionary<string, object> Parse(string text)
    {
        var lines = text.Split('\n')
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => (Indent: l.Length - l.TrimStart(' ').Length, Text: l.Trim()))
            .ToList();
        var i = 0;
        var root = ParseMap(lines, ref i, 0);
        if (i != lines.Count)
        {
            throw new FormatException($"unexpected line {lines[i].Text}");
        }

        return root;
    }

    /// <summary>The value at a path of keys (and list indexes), or null when any part is missing.</summary>
    public static object? At(object? node, params object[] path)
    {
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (Dictionary<string, object> map, string key) => map.GetValueOrDefault(key),
                (List<object> list, int index) => index < list.Count ? list[index] : null,
                _ => null,
            };
        }

        return node;
    }

    public static Dictionary<string, object> Map(object? node) => node as Dictionary<string, object> ?? [];

    public static List<object> List(object? node) => node as List<object> ?? [];

    private static bool IsItem(string text) => text == "-" || text.StartsWith("- ", StringComparison.Ordinal);

    private static object ParseNode(List<(int Indent, string Text)> lines, ref int i, int indent) =>
        IsItem(lines[i].Text) ? ParseList(lines, ref i, indent) : ParseMap(lines, ref i, indent);

    private static Dictionary<string, object> ParseMap(List<(int Indent, string Text)> lines, ref int i, int indent)
    {
        var map = new Dictionary<string, object>(StringComparer.Ordinal);
        while (i < lines.Count && lines[i].Indent == indent && !IsItem(lines[i].Text))
        {
            var (key, rest) = SplitEntry(lines[i].Text) ?? throw new FormatException($"not a map entry: {lines[i].Text}");
            i++;
            if (rest.Length > 0)
            {
                map.Add(key, Scalar(rest));
            }
            else if (i < lines.Count && lines[i].Indent > indent)
            {
                map.Add(key, ParseNode(lines, ref i, lines[i].Indent));
            }
            else
            {
                throw new FormatException($"no value for {key}");
            }
        }

        return map;
    }

    private static List<object> ParseList(List<(int Indent, string Text)> lines, ref int i, int indent)
    {
        var list = new List<object>();
        while (i < lines.Count && lines[i].Indent == indent && IsItem(lines[i].Text))
        {
            if (lines[i].Text == "-")
            {
                // A list in a list: its items sit on the following lines, further in.
                i++;
                list.Add(ParseNode(lines, ref i, lines[i].Indent));
                continue;
            }

            var item = lines[i].Text[2..];
            if (item[0] is not '\'' and not '"' && SplitEntry(item) is not null)
            {
                // "- key: value" opens a map whose entries sit two columns in.
                lines[i] = (indent + 2, item);
                list.Add(ParseMap(lines, ref i, indent + 2));
            }
            else
            {
                list.Add(Scalar(item));
                i++;
            }
        }

        return list;
    }

    private static (string Key, string Value)? SplitEntry(string text)
    {
        var keyEnd = 0;
        if (text[0] is '\'' or '"')
        {
            // A quoted key ends at its closing quote ('' is an escaped quote inside single quotes).
            keyEnd = 1;
            while (keyEnd < text.Length && !(text[keyEnd] == text[0] && (text[0] == '"' || keyEnd + 1 >= text.Length || text[keyEnd + 1] != '\'')))
            {
                keyEnd += text[keyEnd] == '\'' && text[0] == '\'' ? 2 : 1;
            }

            keyEnd++;
        }

        var colon = keyEnd > 0 ? (text[keyEnd..].StartsWith(':') ? keyEnd : -1) : text.IndexOf(": ", StringComparison.Ordinal);
        if (keyEnd == 0 && colon < 0 && text.EndsWith(':'))
        {
            colon = text.Length - 1;
        }

        if (colon < 0)
        {
            return null;
        }

        return (Unquote(text[..colon]), text[(colon + 1)..].Trim());
    }

    private static object Scalar(string text) => text switch
    {
        "{}" => new Dictionary<string, object>(StringComparer.Ordinal),
        "[]" => new List<object>(),
        _ => Unquote(text),
    };

    private static string Unquote(string text) => text.Length >= 2 && text[0] == '\'' && text[^1] == '\''
        ? text[1..^1].Replace("''", "'", StringComparison.Ordinal)
        : text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? System.Text.Json.JsonSerializer.Deserialize<string>(text)! : text;
}
