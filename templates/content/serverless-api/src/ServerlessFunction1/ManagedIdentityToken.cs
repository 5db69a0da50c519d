using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessFunction1;

/// <summary>
/// Access tokens of the app's managed identity, from the identity endpoint App Service and Azure Functions give every
/// app with an identity: <c>GET {IDENTITY_ENDPOINT}?resource=…&amp;api-version=2019-08-01</c> with the header
/// <c>X-IDENTITY-HEADER: {IDENTITY_HEADER}</c>, and <c>client_id=…</c> to pick a user-assigned identity; the answer's
/// <c>access_token</c> is valid until <c>expires_on</c> (seconds since the epoch). See "REST endpoint reference" in
/// https://learn.microsoft.com/azure/app-service/overview-managed-identity. This replaces Azure.Identity's
/// ManagedIdentityCredential (and MSAL under it), which made the executable about 7 MB larger (docs/performance.md).
/// The token is cached until <see cref="RefreshMargin"/> before it expires; concurrent callers share one request.
/// </summary>
public sealed class ManagedIdentityToken
{
    /// <summary>How long before <c>expires_on</c> a cached token is replaced.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private const string ApiVersion = "2019-08-01";

    private readonly HttpClient _http;
    private readonly Uri _request;
    private readonly string _header;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (string Token, DateTimeOffset ExpiresOn)? _cached;

    /// <summary>A token source for <paramref name="resource"/> (e.g. <c>https://storage.azure.com/</c>).</summary>
    /// <param name="clientId">A user-assigned identity's client id, or null for the system-assigned identity.</param>
    public ManagedIdentityToken(HttpClient http, Uri endpoint, string header, string resource, string? clientId, TimeProvider clock)
    {
        _http = http;
        _header = header;
        _clock = clock;
        var query = $"resource={Uri.EscapeDataString(resource)}&api-version={ApiVersion}"
            + (string.IsNullOrEmpty(clientId) ? string.Empty : $"&client_id={Uri.EscapeDataString(clientId)}");
        _request = new Uri(endpoint.AbsoluteUri + (endpoint.Query.Length > 0 ? "&" : "?") + query);
    }

    /// <summary>
    /// The app's identity as the platform describes it (<c>IDENTITY_ENDPOINT</c>, <c>IDENTITY_HEADER</c>; the
    /// user-assigned identity in <c>AZURE_CLIENT_ID</c>, if set), or null outside Azure.
    /// </summary>
    public static ManagedIdentityToken? FromEnvironment(HttpClient http, string resource) =>
        Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT") is { Length: > 0 } endpoint
        && Environment.GetEnvironmentVariable("IDENTITY_HEADER") is { Length: > 0 } header
            ? new ManagedIdentityToken(http, new Uri(endpoint), header, resource, Environment.GetEnvironmentVariable("AZURE_CLIENT_ID"), TimeProvider.System)
            : null;

    /// <summary>A valid access token: the cached one, or a new one when it expires within <see cref="RefreshMargin"/>.</summary>
    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } token)
        {
            return token;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } fetched)
            {
                return fetched;
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, _request);
            request.Headers.Add("X-IDENTITY-HEADER", _header);
            using var response = await _http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"The managed identity endpoint answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
            }

            var answer = JsonSerializer.Deserialize(body, IdentityJsonContext.Default.IdentityToken);
            if (answer?.AccessToken is not { Length: > 0 } accessToken)
            {
                throw new HttpRequestException("The managed identity endpoint answered without an access_token.");
            }

            _cached = (accessToken, ExpiresOn(answer.ExpiresOn));
            return accessToken;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private string? Fresh() => _cached is { } cached && _clock.GetUtcNow() < cached.ExpiresOn - RefreshMargin ? cached.Token : null;

    // Seconds since the epoch, as a string ("1700000000") or a number; an unreadable value means "do not cache".
    private DateTimeOffset ExpiresOn(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds),
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds),
        _ => _clock.GetUtcNow(),
    };
}

/// <summary>The identity endpoint's answer, as far as it is used.</summary>
internal sealed record IdentityToken(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_on")] JsonElement ExpiresOn);

[JsonSerializable(typeof(IdentityToken))]
internal sealed partial class IdentityJsonContext : JsonSerializerContext;
