using System.Net;
using System.Net.Sockets;

namespace ServerlessFunction1.Tests;

/// <summary>The managed identity token client against a stand-in identity endpoint on a loopback port.</summary>
public sealed class ManagedIdentityTokenTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<HttpListenerRequest> _requests = [];
    private readonly Uri _endpoint;
    private readonly FixedClock _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
    private readonly HttpClient _http = new();
    private int _issued;

    public ManagedIdentityTokenTests()
    {
        var port = FreeLoopbackPort();
        _endpoint = new Uri($"http://127.0.0.1:{port}/msi/token");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    /// <summary>What the endpoint answers: status and body for the n-th token (1-based).</summary>
    private Func<int, (int Status, string Body)> Answer { get; set; } = n => (200, $$"""{"access_token":"token-{{n}}","expires_on":"1800003600","resource":"https://storage.azure.com/","token_type":"Bearer"}""");

    [Fact]
    public async Task Asks_for_the_storage_resource_with_the_identity_header()
    {
        var token = new ManagedIdentityToken(_http, _endpoint, "secret-header", "https://storage.azure.com/", null, _clock);

        Assert.Equal("token-1", await token.GetAsync(default));

        var request = Assert.Single(_requests);
        Assert.Equal("GET", request.HttpMethod);
        Assert.Equal("/msi/token", request.Url!.AbsolutePath);
        Assert.Equal("https://storage.azure.com/", request.QueryString["resource"]);
        Assert.Equal("2019-08-01", request.QueryString["api-version"]);
        Assert.Null(request.QueryString["client_id"]);
        Assert.Equal("secret-header", request.Headers["X-IDENTITY-HEADER"]);
    }

    [Fact]
    public async Task A_user_assigned_identity_is_named_by_client_id()
    {
        var token = new ManagedIdentityToken(_http, _endpoint, "h", "https://storage.azure.com/", "1b2c3d4e-0000-0000-0000-000000000000", _clock);

        await token.GetAsync(default);

        Assert.Equal("1b2c3d4e-0000-0000-0000-000000000000", Assert.Single(_requests).QueryString["client_id"]);
    }

    [Fact]
    public async Task The_token_is_cached_until_shortly_before_it_expires()
    {
        var token = new ManagedIdentityToken(_http, _endpoint, "h", "https://storage.azure.com/", null, _clock);

        Assert.Equal("token-1", await token.GetAsync(default));
        _clock.Now += TimeSpan.FromHours(1) - ManagedIdentityToken.RefreshMargin - TimeSpan.FromSeconds(1);
        Assert.Equal("token-1", await token.GetAsync(default));
        Assert.Single(_requests);

        _clock.Now += TimeSpan.FromSeconds(2); // now within the margin of expires_on
        Assert.Equal("token-2", await token.GetAsync(default));
        Assert.Equal(2, _requests.Count);
    }

    [Fact]
    public async Task Concurrent_callers_share_one_request()
    {
        var token = new ManagedIdentityToken(_http, _endpoint, "h", "https://storage.azure.com/", null, _clock);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => token.GetAsync(default).AsTask()));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Single(_requests);
    }

    [Fact]
    public async Task A_refusal_is_an_error_with_the_status_and_nothing_is_cached()
    {
        Answer = n => n == 1 ? (400, """{"error":"invalid_request"}""") : (200, """{"access_token":"late","expires_on":1800003600}""");
        var token = new ManagedIdentityToken(_http, _endpoint, "h", "https://storage.azure.com/", null, _clock);

        var error = await Assert.ThrowsAsync<HttpRequestException>(async () => await token.GetAsync(default));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal("late", await token.GetAsync(default)); // expires_on as a number is read too
    }

    public void Dispose()
    {
        _listener.Close();
        _http.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            lock (_requests)
            {
                _requests.Add(context.Request);
            }

            var (status, body) = Answer(Interlocked.Increment(ref _issued));
            await Task.Delay(50); // long enough for concurrent callers to queue behind the first
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            var bytes = System.Text.Encoding.UTF8.GetBytes(body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
