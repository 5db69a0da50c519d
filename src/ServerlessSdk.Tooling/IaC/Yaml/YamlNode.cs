using System.Text.Json;

namespace ServerlessSdk.Tooling.IaC.Yaml;

/// <summary>A YAML value: mapping, sequence or scalar. Mappings keep insertion order (writers add keys in a fixed order).</summary>
internal abstract class YamlNode
{
    public static implicit operator YamlNode(string value) => new YamlScalar(value, quoted: true);

    public static implicit operator YamlNode(int value) => new YamlScalar(value.ToString(System.Globalization.CultureInfo.InvariantCulture), quoted: false);

    public static implicit operator YamlNode(bool value) => new YamlScalar(value ? "true" : "false", quoted: false);

    /// <summary>A JSON document as YAML (event patterns, filter policies, overlays), keeping its key order.</summary>
    public static YamlNode FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().Aggregate(new YamlMap(), (map, p) => map.Add(p.Name, FromJson(p.Value))),
        JsonValueKind.Array => new YamlSeq(json.EnumerateArray().Select(FromJson)),
        JsonValueKind.String => json.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => new YamlScalar("null", quoted: false),
        _ => new YamlScalar(json.GetRawText(), quoted: false),
    };

    /// <summary>Parses JSON text into YAML nodes.</summary>
    public static YamlNode FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }
}

/// <summary>A scalar. <c>quoted</c> false means the text is written as is (numbers, booleans, null).</summary>
internal sealed class YamlScalar(string text, bool quoted) : YamlNode
{
    public string Text { get; } = text;

    public bool IsString { get; } = quoted;
}

/// <summary>A sequence.</summary>
internal sealed class YamlSeq(IEnumerable<YamlNode> items) : YamlNode
{
    public IReadOnlyList<YamlNode> Items { get; } = [.. items];

    public static YamlSeq Of(params YamlNode[] items) => new(items);

    public static YamlSeq Strings(IEnumerable<string> items) => new(items.Select(i => (YamlNode)i));
}

/// <summary>A mapping in insertion order.</summary>
internal sealed class YamlMap : YamlNode
{
    private readonly List<KeyValuePair<string, YamlNode>> entries = [];

    public IReadOnlyList<KeyValuePair<string, YamlNode>> Entries => entries;

    public YamlMap Add(string key, YamlNode value)
    {
        if (entries.Any(e => e.Key == key))
        {
            throw new InvalidOperationException($"duplicate YAML key '{key}'");
        }

        entries.Add(new(key, value));
        return this;
    }

    /// <summary>Adds the entry only when <paramref name="value"/> is not null.</summary>
    public YamlMap AddIf(string key, YamlNode? value) => value is null ? this : Add(key, value);

    /// <summary>Adds a string entry only when there is one (a null string must not become <c>''</c>).</summary>
    public YamlMap AddIf(string key, string? value) => value is null ? this : Add(key, value);

    public bool ContainsKey(string key) => entries.Any(e => e.Key == key);

    /// <summary>CloudFormation <c>Ref</c>.</summary>
    public static YamlMap Ref(string logicalId) => new YamlMap().Add("Ref", logicalId);

    /// <summary>CloudFormation <c>Fn::GetAtt</c> (long form: no YAML tags, so every YAML reader accepts it).</summary>
    public static YamlMap GetAtt(string logicalId, string attribute) => new YamlMap().Add("Fn::GetAtt", YamlSeq.Of(logicalId, attribute));

    /// <summary>CloudFormation <c>Fn::Sub</c>.</summary>
    public static YamlMap Sub(string template) => new YamlMap().Add("Fn::Sub", template);
}
