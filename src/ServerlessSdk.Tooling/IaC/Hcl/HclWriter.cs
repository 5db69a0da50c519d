using System.Text;

namespace ServerlessSdk.Tooling.IaC.Hcl;

/// <summary>
/// Writes HCL in the layout <c>terraform fmt</c> uses: two-space indents, the <c>=</c> of adjacent single-line
/// attributes aligned, a blank line between top-level blocks.
/// </summary>
internal static class HclWriter
{
    /// <summary>Top-level blocks, separated by blank lines.</summary>
    public static string Write(IEnumerable<HclBlock> blocks)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var block in blocks)
        {
            if (!first)
            {
                builder.Append('\n');
            }

            WriteBlock(builder, block, 0);
            first = false;
        }

        return builder.ToString();
    }

    /// <summary>A string literal with HCL escapes; <c>${</c> and <c>%{</c> are doubled so they stay literal.</summary>
    public static string Quote(string value) => "\"" + StringEscapes.Escape(value).Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal) + "\"";

    private static void WriteBlock(StringBuilder builder, HclBlock block, int indent)
    {
        builder.Append(' ', indent).Append(block.Type);
        foreach (var label in block.Labels)
        {
            builder.Append(' ').Append(Quote(label));
        }

        if (block.Body.Items.Count == 0)
        {
            builder.Append(" {}\n");
            return;
        }

        builder.Append(" {\n");
        WriteBody(builder, block.Body, indent + 2);
        builder.Append(' ', indent).Append("}\n");
    }

    private static void WriteBody(StringBuilder builder, HclBody body, int indent)
    {
        var items = body.Items;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is HclBlock block)
            {
                if (i > 0)
                {
                    builder.Append('\n');
                }

                WriteBlock(builder, block, indent);
                if (i + 1 < items.Count && items[i + 1] is HclAttribute)
                {
                    builder.Append('\n');
                }

                continue;
            }

            // A run of attributes: align '=' across the single-line ones that are adjacent.
            var run = new List<(HclAttribute Attribute, string Value)>();
            while (i < items.Count && items[i] is HclAttribute attribute)
            {
                run.Add((attribute, Value(attribute.Value, indent)));
                i++;
            }

            i--;
            WriteRun(builder, run, indent);
        }
    }

    private static void WriteRun(StringBuilder builder, List<(HclAttribute Attribute, string Value)> run, int indent)
    {
        var start = 0;
        while (start < run.Count)
        {
            // Group: consecutive attributes up to and including the first multi-line one.
            var end = start;
            while (end < run.Count - 1 && !run[end].Value.Contains('\n', StringComparison.Ordinal))
            {
                end++;
            }

            var width = run.Skip(start).Take(end - start + 1).Max(r => r.Attribute.Name.Length);
            for (var k = start; k <= end; k++)
            {
                builder.Append(' ', indent).Append(run[k].Attribute.Name.PadRight(width)).Append(" = ").Append(run[k].Value).Append('\n');
            }

            start = end + 1;
        }
    }

    private static string Value(HclValue value, int indent) => value switch
    {
        HclString s => Quote(s.Value),
        HclTemplate t => "\"" + StringEscapes.Escape(t.Template) + "\"",
        HclRaw r => r.Expression,
        HclCall c => $"{c.Function}({Value(c.Argument, indent)})",
        HclList { Items.Count: 0 } => "[]",
        HclList l when l.Items.All(IsInline) => "[" + string.Join(", ", l.Items.Select(x => Value(x, indent))) + "]",
        HclList l => "[\n" + string.Join(string.Empty, l.Items.Select(x => new string(' ', indent + 2) + Value(x, indent + 2) + ",\n")) + new string(' ', indent) + "]",
        HclObject { Entries.Count: 0 } => "{}",
        HclObject o => ObjectValue(o, indent),
        _ => throw new InvalidOperationException("unknown HCL value " + value.GetType().Name),
    };

    private static bool IsInline(HclValue value) => value is HclString or HclRaw or HclTemplate;

    private static string ObjectValue(HclObject value, int indent)
    {
        var builder = new StringBuilder("{\n");
        var entries = value.Entries.Select(e => (Key: Key(e.Key), Value: Value(e.Value, indent + 2))).ToList();
        var start = 0;
        while (start < entries.Count)
        {
            var end = start;
            while (end < entries.Count - 1 && !entries[end].Value.Contains('\n', StringComparison.Ordinal))
            {
                end++;
            }

            var width = entries.Skip(start).Take(end - start + 1).Max(e => e.Key.Length);
            for (var k = start; k <= end; k++)
            {
                builder.Append(' ', indent + 2).Append(entries[k].Key.PadRight(width)).Append(" = ").Append(entries[k].Value).Append('\n');
            }

            start = end + 1;
        }

        return builder.Append(' ', indent).Append('}').ToString();
    }

    /// <summary>Object keys: bare when an identifier, quoted otherwise.</summary>
    private static string Key(string key) =>
        key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? key
            : Quote(key);
}
