using System.Text.RegularExpressions;

namespace ServerlessSdk.Tooling.Tests.IaC.Security;

/// <summary>One top-level block of an emitted <c>main.tf</c>: its type and labels and its body's lines.</summary>
internal sealed record TerraformBlock(string Kind, IReadOnlyList<string> Labels, IReadOnlyList<string> Body)
{
    public string Type => Labels[0];

    public string Name => Labels.Count > 1 ? Labels[1] : string.Empty;

    /// <summary>The value of an attribute anywhere in the body (nested blocks included), or null.</summary>
    public string? Attribute(string name) => Attributes(name).FirstOrDefault();

    /// <summary>Every value of an attribute in the body (nested blocks included), in order.</summary>
    public IEnumerable<string> Attributes(string name) =>
        Body.Select(l => l.Trim()).Where(l => l.StartsWith(name + " ", StringComparison.Ordinal) || l.StartsWith(name + "=", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim());

    /// <summary>Whether the body opens a nested block of this type.</summary>
    public bool HasBlock(string type) => Body.Any(l => l.Trim() == type + " {");

    public string Text => string.Join('\n', Body);
}

/// <summary>
/// Splits the Terraform the writer emits into its top-level blocks: each opens at column one and closes with a
/// <c>}</c> at column one, the layout <c>terraform fmt</c> keeps.
/// </summary>
internal static partial class EmittedTerraform
{
    public static IReadOnlyList<TerraformBlock> Blocks(string text)
    {
        var blocks = new List<TerraformBlock>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = Header().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            var labels = open.Groups["labels"].Value.Split('"', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(l => l.Length > 0).ToList();
            if (lines[i].EndsWith("{}", StringComparison.Ordinal))
            {
                blocks.Add(new TerraformBlock(open.Groups["kind"].Value, labels, []));
                continue;
            }

            var end = Array.IndexOf(lines, "}", i + 1);
            if (end < 0)
            {
                throw new FormatException($"block {lines[i]} does not close");
            }

            blocks.Add(new TerraformBlock(open.Groups["kind"].Value, labels, lines[(i + 1)..end]));
            i = end;
        }

        return blocks;
    }

    [GeneratedRegex(@"^(?<kind>[a-z_]+)(?<labels>( ""[^""]+"")*) \{")]
    private static partial Regex Header();
}
