using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace ServerlessSdk.Runtime.Serialization;

/// <summary>
/// Writes a value of unknown type as JSON without reflection: numbers and booleans keep their JSON types,
/// dictionaries become objects, other collections arrays, anything else its invariant string. One helper for
/// log properties, X-Ray annotations/metadata and logging integrations, so they all write a value alike.
/// </summary>
public static class JsonValueWriter
{
    /// <summary>Writes <paramref name="value"/> at the writer's current position.</summary>
    public static void WriteValue(Utf8JsonWriter json, object? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case short sh: json.WriteNumberValue(sh); break;
            case byte by: json.WriteNumberValue(by); break;
            case sbyte sb: json.WriteNumberValue(sb); break;
            case ushort us: json.WriteNumberValue(us); break;
            case uint ui: json.WriteNumberValue(ui); break;
            case ulong ul: json.WriteNumberValue(ul); break;
            case decimal m: json.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case DateTime dt: json.WriteStringValue(dt); break;
            case DateTimeOffset dto: json.WriteStringValue(dto); break;
            case Guid g: json.WriteStringValue(g); break;
            case TimeSpan ts: json.WriteStringValue(ts.ToString("c", CultureInfo.InvariantCulture)); break;
            case IFormattable formattable: json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            case IDictionary dictionary: WriteObject(json, dictionary); break;
            case IEnumerable sequence: WriteArray(json, sequence); break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }

    private static void WriteObject(Utf8JsonWriter json, IDictionary dictionary)
    {
        json.WriteStartObject();
        foreach (DictionaryEntry entry in dictionary)
        {
            json.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "null");
            WriteValue(json, entry.Value);
        }

        json.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter json, IEnumerable sequence)
    {
        json.WriteStartArray();
        foreach (var element in sequence)
        {
            WriteValue(json, element);
        }

        json.WriteEndArray();
    }
}
