using System.Text;
using System.Text.Json;

namespace ServerlessSdk.Runtime.Events;

/// <summary>Small reading and writing steps shared by the hand-written event converters.</summary>
/// <remarks>Wrong shapes throw <see cref="JsonException"/>, which the runtime reports as a malformed event.</remarks>
internal static class Json
{
    public static void ExpectObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object, found {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next property's value; <see langword="false"/> at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    public static string String(ref Utf8JsonReader reader) => NullableString(ref reader) ?? string.Empty;

    /// <summary>A string that must not be null; <paramref name="name"/> names it in the error.</summary>
    public static string RequiredString(ref Utf8JsonReader reader, string name) =>
        NullableString(ref reader) ?? throw Required.Null(name);

    public static string? NullableString(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
    };

    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False or JsonTokenType.Null => false,
        _ => throw new JsonException($"Expected true or false, found {reader.TokenType}."),
    };

    public static int Int32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : throw new JsonException($"Expected a number, found {reader.TokenType}.");

    public static long Int64(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.GetInt64(),
        JsonTokenType.Null => 0,
        _ => throw new JsonException($"Expected a number, found {reader.TokenType}."),
    };

    public static List<string>? StringList(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of strings, found {reader.TokenType}.");
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(String(ref reader));
        }

        return list;
    }

    /// <summary>A map of strings; numbers and booleans (as some JWT claims are) keep their JSON text.</summary>
    public static Dictionary<string, string>? StringMap(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        ExpectObject(ref reader);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (NextProperty(ref reader, out var name))
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    map[name] = reader.GetString()!;
                    break;
                case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                    map[name] = Encoding.UTF8.GetString(reader.ValueSpan);
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    throw new JsonException($"Expected a string value for '{name}', found {reader.TokenType}.");
            }
        }

        return map;
    }

    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IDictionary<string, string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (var (key, value) in values)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

}
