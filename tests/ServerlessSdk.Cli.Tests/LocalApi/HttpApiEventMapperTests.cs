using System.Text;
using System.Text.Json;
using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Cli.LocalApi;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Cli.Tests.LocalApi;

public sealed class HttpApiEventMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 5, TimeSpan.Zero);
    private static readonly RouteMatch Match = new(new LocalFunction("Items", null), "GET /items/{id}", new Dictionary<string, string> { ["id"] = "42" });

    [Fact]
    public void The_event_reads_back_as_the_runtimes_HttpApiRequest()
    {
        var request = Request("GET", "/items/42", "a=1&a=2&b=x%20y&c=%2B1&flag", [("Host", "127.0.0.1:3000"), ("User-Agent", "tests"), ("X-Multi", "one"), ("x-multi", "two")]);

        var json = HttpApiEventMapper.ToEvent(request, Match, Now, "req-1");
        var parsed = JsonSerializer.Deserialize(json, HttpApiJsonContext.Default.HttpApiRequest)!;

        Assert.Equal("2.0", parsed.Version);
        Assert.Equal("GET /items/{id}", parsed.RouteKey);
        Assert.Equal("/items/42", parsed.RawPath);
        Assert.Equal("a=1&a=2&b=x%20y&c=%2B1&flag", parsed.RawQueryString);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "1,2", ["b"] = "x y", ["c"] = "+1", ["flag"] = "" }, parsed.QueryStringParameters);
        Assert.Equal(new Dictionary<string, string> { ["id"] = "42" }, parsed.PathParameters);
        Assert.Equal("one,two", parsed.Headers!["x-multi"]);
        Assert.Equal("tests", parsed.RequestContext.Http.UserAgent);
        Assert.Equal("GET", parsed.RequestContext.Http.Method);
        Assert.Equal("127.0.0.1", parsed.RequestContext.DomainName);
        Assert.Equal("$default", parsed.RequestContext.Stage);
        Assert.Equal("req-1", parsed.RequestContext.RequestId);
        Assert.Equal("28/Nov/2026:10:00:05 +0000", parsed.RequestContext.Time);
        Assert.Equal(Now.ToUnixTimeMilliseconds(), parsed.RequestContext.TimeEpoch);
        Assert.Null(parsed.Body);
        Assert.Null(parsed.Cookies);
    }

    [Fact]
    public void Cookies_leave_the_headers_for_their_own_list()
    {
        var parsed = HttpApiEventMapper.ToRequest(Request("GET", "/", "", [("Cookie", "a=1; b=2"), ("cookie", "c=3")]), Match, Now, "r");

        Assert.Equal(["a=1", "b=2", "c=3"], parsed.Cookies);
        Assert.False(parsed.Headers!.ContainsKey("cookie"));
    }

    [Fact]
    public void No_query_string_means_no_parameters()
    {
        Assert.Null(HttpApiEventMapper.Query(""));
    }

    [Fact]
    public void Text_bodies_stay_text_and_binary_bodies_become_base64()
    {
        var text = HttpApiEventMapper.ToRequest(Request("POST", "/", "", [("Content-Type", "application/json; charset=utf-8")], """{"é":1}"""u8.ToArray()), Match, Now, "r");
        Assert.Equal("""{"é":1}""", text.Body);
        Assert.False(text.IsBase64Encoded);

        byte[] bytes = [0, 1, 0xFF, 0xFE];
        var binary = HttpApiEventMapper.ToRequest(Request("POST", "/", "", [("Content-Type", "image/png")], bytes), Match, Now, "r");
        Assert.True(binary.IsBase64Encoded);
        Assert.Equal(bytes, binary.GetBodyBytes());

        var invalidText = HttpApiEventMapper.ToRequest(Request("POST", "/", "", [("Content-Type", "text/plain")], bytes), Match, Now, "r");
        Assert.True(invalidText.IsBase64Encoded);
    }

    [Fact]
    public void A_structured_response_becomes_status_headers_one_set_cookie_each_and_a_decoded_body()
    {
        var response = HttpApiEventMapper.FromResponse("""
            {"statusCode":201,"headers":{"content-type":"image/png","x-a":"1"},"cookies":["s=1; Path=/","t=2"],"body":"AAH/","isBase64Encoded":true}
            """u8);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("image/png", response.Headers["Content-Type"]);
        Assert.Equal("1", response.Headers["x-a"]);
        Assert.Equal(["s=1; Path=/", "t=2"], response.Cookies);
        Assert.Equal([0, 1, 0xFF], response.Body);
    }

    [Fact]
    public void A_text_response_body_is_sent_as_UTF8()
    {
        var response = HttpApiEventMapper.FromResponse("""{"statusCode":200,"body":"héllo"}"""u8);

        Assert.Equal("héllo", Encoding.UTF8.GetString(response.Body));
        Assert.Empty(response.Cookies);
    }

    [Theory]
    [InlineData("""{"ok":true}""")]
    [InlineData("\"just a string\"")]
    [InlineData("[1,2]")]
    public void Any_other_JSON_is_a_200_json_body_as_API_Gateway_infers(string payload)
    {
        var response = HttpApiEventMapper.FromResponse(Encoding.UTF8.GetBytes(payload));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json", response.Headers["content-type"]);
        Assert.Equal(payload, Encoding.UTF8.GetString(response.Body));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"statusCode":200,"body":"%%%","isBase64Encoded":true}""")]
    public void A_response_that_is_not_one_is_API_Gateways_500(string payload)
    {
        var response = HttpApiEventMapper.FromResponse(Encoding.UTF8.GetBytes(payload));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal("""{"message":"Internal Server Error"}""", Encoding.UTF8.GetString(response.Body));
    }

    [Fact]
    public void The_404_is_worded_as_API_Gateway_words_it()
    {
        Assert.Equal(404, GatewayResponses.NotFound.StatusCode);
        Assert.Equal("""{"message":"Not Found"}""", Encoding.UTF8.GetString(GatewayResponses.NotFound.Body));
    }

    private static LocalHttpRequest Request(string method, string path, string query, (string, string)[] headers, byte[]? body = null) =>
        new(method, path, query, [.. headers.Select(h => new KeyValuePair<string, string>(h.Item1, h.Item2))], body ?? []);
}
