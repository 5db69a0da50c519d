using System.Globalization;
using System.Text.Json;

namespace ServerlessSdk.Runtime.Azure;

/// <summary>
/// One invocation the Functions host POSTs to <c>/&lt;FunctionName&gt;</c>: <c>{ "Data": { "&lt;binding&gt;": … },
/// "Metadata": { … } }</c> (learn.microsoft.com/azure/azure-functions/functions-custom-handlers#request-payload).
/// </summary>
public sealed class AzureInvocation
{
    internal AzureInvocation(string functionName, string invocationId, JsonElement data, JsonElement metadata)
    {
        FunctionName = functionName;
        InvocationId = invocationId;
        Data = data;
        Metadata = metadata;
    }

    /// <summary>Gets the function invoked (the request path).</summary>
    public string FunctionName { get; }

    /// <summary>Gets the host's invocation id (<c>X-Azure-Functions-InvocationId</c>).</summary>
    public string InvocationId { get; }

    /// <summary>Gets the trigger and input binding values, by binding name.</summary>
    public JsonElement Data { get; }

    /// <summary>Gets the trigger metadata.</summary>
    public JsonElement Metadata { get; }

    /// <summary>A binding's value as text: a JSON string's value, any other JSON value as its JSON text; null when absent.</summary>
    public string? DataText(string binding) => Text(Data, binding);

    /// <summary>A metadata value as text, unwrapping the extra JSON quoting the host puts around some string values.</summary>
    public string? MetadataText(string name) => Text(Metadata, name);

    /// <summary>A metadata value as a number, whether the host sent it as a number or as text.</summary>
    public int MetadataInt32(string name) =>
        Metadata.ValueKind == JsonValueKind.Object && Metadata.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : int.TryParse(MetadataText(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out number) ? number : 0;

    /// <summary>A metadata timestamp, or null when absent or not a date.</summary>
    public DateTimeOffset? MetadataTime(string name) =>
        DateTimeOffset.TryParse(MetadataText(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    private static string? Text(JsonElement container, string name)
    {
        if (container.ValueKind != JsonValueKind.Object || !TryGetProperty(container, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return value.GetRawText();
        }

        var text = value.GetString()!;
        // The host JSON-encodes some metadata strings a second time ("\"abc\""): unwrap one level.
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            try
            {
                return JsonDocument.Parse(text).RootElement.GetString();
            }
            catch (JsonException)
            {
            }
        }

        return text;
    }

    // Binding names are case-insensitive in function.json; metadata keys keep the host's casing.
    private static bool TryGetProperty(JsonElement container, string name, out JsonElement value)
    {
        if (container.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in container.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }
}
