using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// A parsed message template in Serilog's syntax (<c>{Name}</c>, <c>{@Name}</c>, <c>{$Name}</c>, <c>{Name:format}</c>,
/// <c>{Name,alignment}</c>, <c>{0}</c>, <c>{{</c>/<c>}}</c>), rendered the way the Serilog-based logger did: string values
/// bare, a hole without a value left as written. Templates are literals, so each is parsed once and cached.
/// </summary>
internal sealed class MessageTemplate
{
    // Interpolated strings passed as templates would grow the cache without end; past this, parse every time.
    private const int MaxCached = 1000;
    private static readonly ConcurrentDictionary<string, MessageTemplate> Cache = new(StringComparer.Ordinal);

    private readonly Token[] _tokens;
    private readonly Hole[] _holes;

    private MessageTemplate(Token[] tokens)
    {
        _tokens = tokens;
        _holes = tokens.Where(token => token.Hole is not null).Select(token => token.Hole!).ToArray();
        // Serilog binds positional holes ({0}) by number when every hole is positional, named ones in order.
        var positional = _holes.Length > 0 && _holes.All(hole => hole.Number is not null);
        for (var i = 0; i < _holes.Length; i++)
        {
            _holes[i].ValueIndex = positional ? _holes[i].Number!.Value : i;
        }
    }

    public static MessageTemplate Get(string text)
    {
        if (Cache.TryGetValue(text, out var template))
        {
            return template;
        }

        template = Parse(text);
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(text, template);
        }

        return template;
    }

    /// <summary>Whether a property of this name gets a value.</summary>
    public bool Binds(string name, int valueCount)
    {
        foreach (var hole in _holes)
        {
            if (hole.ValueIndex < valueCount && hole.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    public void Render(StringBuilder builder, ReadOnlySpan<object?> values)
    {
        foreach (var token in _tokens)
        {
            if (token.Hole is not { } hole)
            {
                builder.Append(token.Text);
            }
            else if (hole.ValueIndex >= values.Length)
            {
                builder.Append(hole.Raw);
            }
            else
            {
                RenderHole(builder, hole, values[hole.ValueIndex]);
            }
        }
    }

    /// <summary>Writes each bound property once, in template order, with its JSON type.</summary>
    public void WriteProperties(Utf8JsonWriter json, ReadOnlySpan<object?> values)
    {
        for (var i = 0; i < _holes.Length; i++)
        {
            var hole = _holes[i];
            if (hole.ValueIndex >= values.Length || IsRepeat(i))
            {
                continue;
            }

            json.WritePropertyName(hole.Name);
            var value = values[hole.ValueIndex];
            if (hole.Stringify && value is not null)
            {
                json.WriteStringValue(value.ToString());
            }
            else
            {
                JsonValueWriter.WriteValue(json, value);
            }
        }
    }

    private bool IsRepeat(int index)
    {
        for (var i = 0; i < index; i++)
        {
            if (_holes[i].Name == _holes[index].Name)
            {
                return true;
            }
        }

        return false;
    }

    private static void RenderHole(StringBuilder builder, Hole hole, object? value)
    {
        if (hole.Alignment == 0)
        {
            RenderValue(builder, value, hole.Format, nested: false, hole.Stringify);
            return;
        }

        var start = builder.Length;
        RenderValue(builder, value, hole.Format, nested: false, hole.Stringify);
        var padding = Math.Abs(hole.Alignment) - (builder.Length - start);
        if (padding > 0)
        {
            if (hole.Alignment > 0)
            {
                builder.Insert(start, " ", padding);
            }
            else
            {
                builder.Append(' ', padding);
            }
        }
    }

    // Serilog's rendering: top-level strings bare, nested ones quoted; sequences as [a, b]; dictionaries as [("k": v)].
    private static void RenderValue(StringBuilder builder, object? value, string? format, bool nested, bool stringify = false)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text when nested:
                builder.Append('"').Append(text.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case string text:
                builder.Append(text);
                break;
            case object when stringify:
                builder.Append(value.ToString());
                break;
            case IFormattable formattable:
                builder.Append(formattable.ToString(format, CultureInfo.InvariantCulture));
                break;
            case IDictionary dictionary:
                builder.Append('[');
                var firstEntry = true;
                foreach (DictionaryEntry entry in dictionary)
                {
                    builder.Append(firstEntry ? "(" : ", (");
                    firstEntry = false;
                    RenderValue(builder, entry.Key, null, nested: true);
                    builder.Append(": ");
                    RenderValue(builder, entry.Value, null, nested: true);
                    builder.Append(')');
                }

                builder.Append(']');
                break;
            case IEnumerable sequence:
                builder.Append('[');
                var first = true;
                foreach (var element in sequence)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    RenderValue(builder, element, null, nested: true);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(value.ToString());
                break;
        }
    }

    internal static MessageTemplate Parse(string text)
    {
        var tokens = new List<Token>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{' || c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                literal.Append(c);
                i += 2;
                continue;
            }

            if (c == '{' && TryParseHole(text, i, out var hole, out var end))
            {
                if (literal.Length > 0)
                {
                    tokens.Add(new Token(literal.ToString(), null));
                    literal.Clear();
                }

                tokens.Add(new Token(null, hole));
                i = end;
                continue;
            }

            literal.Append(c);
            i++;
        }

        if (literal.Length > 0)
        {
            tokens.Add(new Token(literal.ToString(), null));
        }

        return new MessageTemplate(tokens.ToArray());
    }

    // {[@$]Name[,alignment][:format]}: a name of letters, digits and '_'; anything else is literal text, as in Serilog.
    private static bool TryParseHole(string text, int start, out Hole hole, out int end)
    {
        hole = null!;
        end = text.IndexOf('}', start + 1);
        if (end < 0)
        {
            return false;
        }

        var body = text.AsSpan(start + 1, end - start - 1);
        end++;
        var destructure = body.Length > 0 && body[0] is '@' or '$' ? body[0] : '\0';
        if (destructure != '\0')
        {
            body = body[1..];
        }

        string? format = null;
        var colon = body.IndexOf(':');
        if (colon >= 0)
        {
            format = body[(colon + 1)..].ToString();
            body = body[..colon];
        }

        var alignment = 0;
        var comma = body.IndexOf(',');
        if (comma >= 0)
        {
            if (!int.TryParse(body[(comma + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out alignment))
            {
                return false;
            }

            body = body[..comma];
        }

        if (body.IsEmpty)
        {
            return false;
        }

        foreach (var ch in body)
        {
            if (!char.IsLetterOrDigit(ch) && ch != '_')
            {
                return false;
            }
        }

        var name = body.ToString();
        int? number = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        hole = new Hole(name, format, alignment, destructure == '$', number, text[start..end]);
        return true;
    }

    private sealed record Token(string? Text, Hole? Hole);

    private sealed record Hole(string Name, string? Format, int Alignment, bool Stringify, int? Number, string Raw)
    {
        public int ValueIndex { get; set; }
    }
}
