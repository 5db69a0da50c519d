using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>start-api when clients and functions misbehave: it answers as API Gateway would, and logs every answer.</summary>
public sealed class StartApiFaultTests(ServedSample served) : IClassFixture<ServedSample>
{
    private const string InternalServerError = """{"message":"Internal Server Error"}""";

    private HttpClient Client => served.Api.Client;

    [Fact]
    public async Task A_client_that_gives_up_does_not_eat_into_the_next_requests_timeout()
    {
        // Faulty has a 3 s timeout: the abandoned 2.8 s invocation and the next one would not fit in one.
        using (var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.GetAsync("slow/2800", giveUp.Token));
        }

        using var next = await Client.GetAsync("slow/2800");

        Assert.True(next.StatusCode == HttpStatusCode.OK, $"{(int)next.StatusCode} {await next.Content.ReadAsStringAsync()}\n{served.Api.Output}");
        Assert.Equal("slept 2800", await next.Content.ReadAsStringAsync());
        Assert.True(await served.Api.WaitForOutputAsync(@"GET /slow/2800 aborted by the client"), served.Api.Output);
        Assert.DoesNotContain("Sandbox.Timedout", served.Api.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status/0", "statusCode 0")]
    [InlineData("status/99", "statusCode 99")]
    [InlineData("status/1000", "statusCode 1000")]
    [InlineData("bad/header-crlf", "header 'x-note'")]
    [InlineData("bad/cookie-crlf", "cookie")]
    [InlineData("bad/header-name", "header name 'bad name'")]
    [InlineData("bad/204-body", "a 204 response has no body")]
    public async Task A_response_API_Gateway_would_refuse_is_its_500_and_the_log_says_why(string path, string reason)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(InternalServerError, await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.Contains("x-injected"));
        Assert.True(await served.Api.WaitForOutputAsync($@"GET /{path} 500 .*\(Faulty.*, invalid response: {System.Text.RegularExpressions.Regex.Escape(reason)}"), served.Api.Output);
    }

    [Fact]
    public async Task An_event_over_Lambdas_6_MiB_payload_limit_is_API_Gateways_413()
    {
        // 5,000,000 binary bytes travel as 6,666,668 base64 characters: over 6,291,456 once mapped, as on Lambda.
        using var tooLarge = await Client.PostAsync("echo", Binary(5_000_000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("""{"message":"Request Entity Too Large"}""", await tooLarge.Content.ReadAsStringAsync());
        Assert.True(await served.Api.WaitForOutputAsync(@"POST /echo 413 .*payload limit"), served.Api.Output);

        using var fits = await Client.PostAsync("echo", Binary(4_000_000));
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
    }

    [Fact]
    public async Task A_body_over_API_Gateways_10_MB_is_413_too()
    {
        // Expect: 100-continue, so the client hears the 413 before it sends the body (else Kestrel closes on it).
        using var request = new HttpRequestMessage(HttpMethod.Post, "echo") { Content = Binary(10 * 1024 * 1024) };
        request.Headers.ExpectContinue = true;
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("""{"message":"Request Entity Too Large"}""", await response.Content.ReadAsStringAsync());
        Assert.True(await served.Api.WaitForOutputAsync(@"POST /echo 413 .*API Gateway's 10,000,000-byte limit"), served.Api.Output);
    }

    [Fact]
    public async Task Requests_Kestrel_rejects_before_routing_are_logged_too()
    {
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(served.Api.Client.BaseAddress!.Host, served.Api.Client.BaseAddress.Port);
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /items/1 HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n"));
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer);
            Assert.StartsWith("HTTP/1.1 400", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "items/1");
        request.Headers.Add("x-large", new string('a', 40_000)); // over Kestrel's 32 KB of headers
        using var response = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);

        Assert.True(await served.Api.WaitForOutputAsync(@"- 400 \(rejected by Kestrel"), served.Api.Output);
        Assert.True(await served.Api.WaitForOutputAsync(@"- 431 \(rejected by Kestrel"), served.Api.Output);
    }

    private static ByteArrayContent Binary(int length)
    {
        var content = new ByteArrayContent(new byte[length]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}
