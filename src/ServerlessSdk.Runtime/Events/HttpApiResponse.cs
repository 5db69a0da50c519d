using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// A response to an Amazon API Gateway HTTP API request (payload format version 2.0).
/// </summary>
/// <example>
/// <code>
/// return HttpApiResponse.Json(200, """{"ok":true}""");
/// </code>
/// </example>
[JsonConverter(typeof(HttpApiResponseJsonConverter))]
public sealed class HttpApiResponse
{
    /// <summary>Gets or sets the HTTP status code. Defaults to 200.</summary>
    public int StatusCode { get; set; } = 200;

    /// <summary>Gets or sets the response headers; put cookies in <see cref="Cookies"/>, not here.</summary>
    public IDictionary<string, string>? Headers { get; set; }

    /// <summary>Gets or sets the cookies to set, each a full <c>Set-Cookie</c> value.</summary>
    public IList<string>? Cookies { get; set; }

    /// <summary>Gets or sets the response body; base64 when <see cref="IsBase64Encoded"/> is <see langword="true"/>.</summary>
    public string? Body { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="Body"/> is base64 that API Gateway must decode.</summary>
    public bool IsBase64Encoded { get; set; }

    /// <summary>Creates a response with a JSON body and <c>content-type: application/json</c>.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="json">The JSON text of the body.</param>
    /// <returns>The response.</returns>
    public static HttpApiResponse Json(int statusCode, string json) =>
        Create(statusCode, json, "application/json", isBase64Encoded: false);

    /// <summary>Creates a response whose body is <paramref name="body"/> serialised as JSON.</summary>
    /// <typeparam name="T">The body's type.</typeparam>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="body">The body value.</param>
    /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
    /// <returns>The response.</returns>
    public static HttpApiResponse Json<T>(int statusCode, T body, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return Json(statusCode, RuntimeJson.Serialize(body, typeInfo));
    }

    /// <summary>Creates a response with a text body.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="text">The body text.</param>
    /// <param name="contentType">The content type; plain UTF-8 text by default.</param>
    /// <returns>The response.</returns>
    public static HttpApiResponse Text(int statusCode, string text, string contentType = "text/plain; charset=utf-8") =>
        Create(statusCode, text, contentType, isBase64Encoded: false);

    /// <summary>Creates a response with a binary body, sent base64-encoded for API Gateway to decode.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="bytes">The body bytes.</param>
    /// <param name="contentType">The content type, such as <c>image/png</c>.</param>
    /// <returns>The response.</returns>
    public static HttpApiResponse Binary(int statusCode, byte[] bytes, string contentType)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Create(statusCode, Convert.ToBase64String(bytes), contentType, isBase64Encoded: true);
    }

    private static HttpApiResponse Create(int statusCode, string body, string contentType, bool isBase64Encoded)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new HttpApiResponse
        {
            StatusCode = statusCode,
            Headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["content-type"] = contentType },
            Body = body,
            IsBase64Encoded = isBase64Encoded,
        };
    }
}
