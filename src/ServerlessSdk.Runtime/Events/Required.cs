using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// The checks behind the typed events' guarantee: the fields that identify a record and carry its content are
/// there, no member declared non-nullable is null, and no list or map of records holds a null. They run as each
/// object finishes deserialising (<c>IJsonOnDeserialized</c>, which source-generated metadata calls directly, no
/// reflection), so a broken event is a <see cref="JsonException"/>, reported as <c>Runtime.MalformedEvent</c>
/// before the handler runs, instead of a NullReferenceException inside it.
/// </summary>
/// <remarks>
/// Presence is checked with <c>[JsonRequired]</c> on the property; these checks catch an explicit <c>null</c>,
/// which <c>[JsonRequired]</c> accepts. System.Text.Json adds the JSON path of the object to the message.
/// </remarks>
internal static class Required
{
    public static void NotNull([NotNull] object? value, string name)
    {
        if (value is null)
        {
            throw Null(name);
        }
    }

    /// <summary>A required list: present, not null, no null item.</summary>
    public static void Items<T>([NotNull] IList<T>? items, string name)
        where T : class
    {
        NotNull(items, name);
        NoNullItems(items, name);
    }

    /// <summary>An optional list: may be absent or null, but holds no null item.</summary>
    public static void NoNullItems<T>(IList<T>? items, string name)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new JsonException($"'{name}[{i}]' is null.");
            }
        }
    }

    /// <summary>An optional map: may be absent or null, but maps no key to null.</summary>
    public static void NoNullValues<T>(IDictionary<string, T>? map, string name)
        where T : class
    {
        if (map is null)
        {
            return;
        }

        foreach (var (key, value) in map)
        {
            if (value is null)
            {
                throw new JsonException($"'{name}.{key}' is null.");
            }
        }
    }

    public static JsonException Null(string name) => new($"The required field '{name}' is null.");

    public static JsonException Missing(string name) => new($"The required field '{name}' is missing.");
}
