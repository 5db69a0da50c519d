using System.Globalization;
using System.Text;

namespace ServerlessSdk.Functions.Generator.Validation;

/// <summary>Just enough JSON for a generator without System.Text.Json: escaping for output, a syntax check for input.</summary>
internal static class Json
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Strings(System.Collections.Generic.IEnumerable<string> values) =>
        "[" + string.Join(",", System.Linq.Enumerable.Select(values, String)) + "]";

    /// <summary>True when <paramref name="text"/> is one JSON object (what event patterns and filter policies are).</summary>
    public static bool IsObject(string text)
    {
        var reader = new Reader(text);
        reader.SkipWhitespace();
        if (reader.Peek != '{' || !reader.Value())
        {
            return false;
        }

        reader.SkipWhitespace();
        return reader.AtEnd;
    }

    private sealed class Reader(string text)
    {
        private int _position;

        public bool AtEnd => _position >= text.Length;

        public char Peek => AtEnd ? '\0' : text[_position];

        public void SkipWhitespace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        public bool Value()
        {
            SkipWhitespace();
            switch (Peek)
            {
                case '{': return Container('}', member: true);
                case '[': return Container(']', member: false);
                case '"': return StringToken();
                case 't': return Literal("true");
                case 'f': return Literal("false");
                case 'n': return Literal("null");
                default: return NumberToken();
            }
        }

        private bool Container(char close, bool member)
        {
            _position++;
            SkipWhitespace();
            if (Peek == close)
            {
                _position++;
                return true;
            }

            while (true)
            {
                if (member)
                {
                    SkipWhitespace();
                    if (!StringToken())
                    {
                        return false;
                    }

                    SkipWhitespace();
                    if (Peek != ':')
                    {
                        return false;
                    }

                    _position++;
                }

                if (!Value())
                {
                    return false;
                }

                SkipWhitespace();
                if (Peek == ',')
                {
                    _position++;
                    continue;
                }

                if (Peek != close)
                {
                    return false;
                }

                _position++;
                return true;
            }
        }

        private bool StringToken()
        {
            if (Peek != '"')
            {
                return false;
            }

            _position++;
            while (!AtEnd)
            {
                var c = text[_position++];
                if (c == '\\')
                {
                    _position++;
                }
                else if (c == '"')
                {
                    return true;
                }
                else if (c < 0x20)
                {
                    return false;
                }
            }

            return false;
        }

        private bool Literal(string literal)
        {
            if (string.CompareOrdinal(text, _position, literal, 0, literal.Length) != 0)
            {
                return false;
            }

            _position += literal.Length;
            return true;
        }

        private bool NumberToken()
        {
            var start = _position;
            while (!AtEnd && "+-0123456789.eE".IndexOf(text[_position]) >= 0)
            {
                _position++;
            }

            return _position > start && double.TryParse(text.Substring(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        }
    }
}
