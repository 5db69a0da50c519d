using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// The <c>res</c> output binding read as the Functions host reads a custom handler's (azure-functions-host,
/// HttpScriptInvocationResultExtensions.GetHttpOutputBindingResponse into HttpOutputBindingResponse, then
/// HttpBinding and ScriptObjectResult): only <c>statusCode</c> (or <c>status</c>, a number or numeric string),
/// <c>headers</c> (one value per name, written as its text) and <c>body</c> (a string as it is, anything else as
/// JSON). <c>cookies</c> and <c>isRaw</c> are not read, so the host drops them: the local host drops them too and
/// says so (SLS6213).
/// </summary>
internal static class HttpOutput
{
    public static AzureHttpResponse Read(JsonElement output, string function, TimeSpan duration, IReadOnlyList<string> logs)
    {
        var warnings = new List<string>();
        var status = 200;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var body = string.Empty;
        if (output.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in output.EnumerateObject())
            {
                switch (property.Name.ToLowerInvariant())
                {
                    case "statuscode" or "status" when Status(property.Value) is { } parsed:
                        // statusCode wins over status, as in HttpBinding.TryParseStatusCode.
                        status = property.Name.Equals("status", StringComparison.OrdinalIgnoreCase) && output.TryGetProperty("statusCode", out _) ? status : parsed;
                        break;
                    case "headers" when property.Value.ValueKind == JsonValueKind.Object:
                        foreach (var header in property.Value.EnumerateObject())
                        {
                            if (header.Value.ValueKind is JsonValueKind.Array or JsonValueKind.Object)
                            {
                                warnings.Add($"SLS6213: {function}'s res.headers.{header.Name} is a JSON {header.Value.ValueKind.ToString().ToLowerInvariant()}; the Functions host writes it as one header holding its JSON text, not one header per value");
                            }

                            headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText();
                        }

                        break;
                    case "body":
                        body = property.Value.ValueKind switch
                        {
                            JsonValueKind.String => property.Value.GetString()!,
                            JsonValueKind.Null => string.Empty,
                            _ => property.Value.GetRawText(),
                        };
                        break;
                    case "cookies" or "israw":
                        warnings.Add($"SLS6213: {function}'s res.{property.Name} is ignored: the Functions host reads only statusCode, status, headers and body from a custom handler's HTTP output");
                        break;
                }
            }
        }

        return new AzureHttpResponse(status, headers, body, duration, logs)
        {
            HeaderValues = headers.ToDictionary(h => h.Key, h => (IReadOnlyList<string>)[h.Value], StringComparer.OrdinalIgnoreCase),
            BodyBytes = Encoding.UTF8.GetBytes(body),
            Warnings = warnings,
        };
    }

    private static int? Status(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt32(out var number) => number,
        JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => null,
    };
}
