using System.Globalization;
using System.Text.Json;

namespace ServerlessSdk.Tooling.IaC.Hcl;

/// <summary>An HCL expression: a string literal, a raw expression, a list, an object or a function call.</summary>
internal abstract class HclValue
{
    public static implicit operator HclValue(string value) => new HclString(value);

    public static implicit operator HclValue(int value) => new HclRaw(value.ToString(CultureInfo.InvariantCulture));

    public static implicit operator HclValue(bool value) => new HclRaw(value ? "true" : "false");

    /// <summary>A JSON document as an HCL value (for <c>jsonencode</c>), keeping its key order.</summary>
    public static HclValue FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().Aggregate(new HclObject(), (o, p) => o.Add(p.Name, FromJson(p.Value))),
        JsonValueKind.Array => new HclList(json.EnumerateArray().Select(FromJson)),
        JsonValueKind.String => json.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => new HclRaw("null"),
        _ => new HclRaw(json.GetRawText()),
    };

    public static HclValue FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    /// <summary>A reference or other expression written as is, e.g. <c>aws_sqs_queue.orders.arn</c>.</summary>
    public static HclRaw Expr(string expression) => new(expression);

    /// <summary><c>jsonencode(value)</c>.</summary>
    public static HclCall JsonEncode(HclValue value) => new("jsonencode", value);
}

/// <summary>A quoted string; <c>${</c> and <c>%{</c> are escaped, so it is never a template by accident.</summary>
internal sealed class HclString(string value) : HclValue
{
    public string Value { get; } = value;
}

/// <summary>A string template, written between quotes without escaping <c>${...}</c> interpolations.</summary>
internal sealed class HclTemplate(string template) : HclValue
{
    public string Template { get; } = template;
}

/// <summary>An expression written verbatim.</summary>
internal sealed class HclRaw(string expression) : HclValue
{
    public string Expression { get; } = expression;
}

internal sealed class HclList(IEnumerable<HclValue> items) : HclValue
{
    public IReadOnlyList<HclValue> Items { get; } = [.. items];

    public static HclList Strings(IEnumerable<string> items) => new(items.Select(i => (HclValue)i));
}

internal sealed class HclObject : HclValue
{
    private readonly List<KeyValuePair<string, HclValue>> entries = [];

    public IReadOnlyList<KeyValuePair<string, HclValue>> Entries => entries;

    public HclObject Add(string key, HclValue value)
    {
        entries.Add(new(key, value));
        return this;
    }

    public HclObject AddIf(string key, HclValue? value) => value is null ? this : Add(key, value);
}

internal sealed class HclCall(string function, HclValue argument) : HclValue
{
    public string Function { get; } = function;

    public HclValue Argument { get; } = argument;
}

/// <summary>A block body: attributes and nested blocks in insertion order.</summary>
internal sealed class HclBody
{
    private readonly List<object> items = [];

    public IReadOnlyList<object> Items => items;

    public HclBody Set(string name, HclValue value)
    {
        items.Add(new HclAttribute(name, value));
        return this;
    }

    public HclBody SetIf(string name, HclValue? value) => value is null ? this : Set(name, value);

    /// <summary>Sets a string attribute only when there is one (a null string must not become <c>""</c>).</summary>
    public HclBody SetIf(string name, string? value) => value is null ? this : Set(name, value);

    public HclBody Block(string type, Action<HclBody> build, params string[] labels)
    {
        var body = new HclBody();
        build(body);
        items.Add(new HclBlock(type, labels, body));
        return this;
    }
}

internal sealed record HclAttribute(string Name, HclValue Value);

internal sealed record HclBlock(string Type, IReadOnlyList<string> Labels, HclBody Body);
