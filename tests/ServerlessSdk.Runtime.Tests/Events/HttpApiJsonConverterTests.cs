using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Runtime.Tests.Events;

public sealed class HttpApiJsonConverterTests
{
    private static HttpApiRequest Read(string json) => JsonSerializer.Deserialize(json, HttpApiJsonContext.Default.HttpApiRequest)!;

    /// <summary>The smallest request the converter accepts: only the fields it requires, then <paramref name="more"/>.</summary>
    private static string Minimal(string more = "", string context = "") =>
        $$"""{"version":"2.0","routeKey":"$default","rawPath":"/","requestContext":{"requestId":"r","http":{"method":"GET","path":"/"}{{context}}}{{more}}}""";

    [Fact]
    public void Unknown_properties_at_any_depth_are_skipped()
    {
        var request = Read("""{"version":"2.0","routeKey":"$default","rawPath":"/a","future":{"nested":[1,{"x":2}]},"requestContext":{"requestId":"r","http":{"method":"GET","path":"/a","extra":true},"newField":"v"}}""");

        Assert.Equal("/a", request.RawPath);
        Assert.Equal("GET", request.RequestContext.Http.Method);
    }

    [Fact]
    public void Absent_optional_members_keep_their_defaults()
    {
        var request = Read(Minimal());

        Assert.Equal(string.Empty, request.RawQueryString);
        Assert.Null(request.Headers);
        Assert.Null(request.RequestContext.Authorizer);
        Assert.Equal(string.Empty, request.RequestContext.Http.SourceIp);
    }

    [Fact]
    public void Numeric_and_boolean_jwt_claims_keep_their_json_text()
    {
        var request = Read(Minimal(context: ""","authorizer":{"jwt":{"claims":{"exp":1710326467,"email_verified":true},"scopes":null}}"""));

        var claims = request.RequestContext.Authorizer!.Jwt!.Claims!;
        Assert.Equal("1710326467", claims["exp"]);
        Assert.Equal("true", claims["email_verified"]);
    }

    [Theory]
    [InlineData(",\"rawPath\":12", "")]
    [InlineData(",\"headers\":\"x\"", "")]
    [InlineData(",\"cookies\":{\"a\":\"b\"}", "")]
    [InlineData(",\"isBase64Encoded\":\"yes\"", "")]
    [InlineData("", ",\"timeEpoch\":\"soon\"")]
    public void Wrong_shapes_are_json_exceptions(string more, string context)
    {
        Assert.ThrowsAny<JsonException>(() => Read(Minimal(more, context)));
    }

    [Fact]
    public void An_array_is_a_json_exception()
    {
        Assert.ThrowsAny<JsonException>(() => Read("[]"));
    }

    [Fact]
    public void A_response_reads_back_what_it_wrote()
    {
        var response = HttpApiResponse.Json(201, """{"id":1}""");
        response.Cookies = ["a=1"];

        var json = JsonSerializer.Serialize(response, HttpApiJsonContext.Default.HttpApiResponse);
        var read = JsonSerializer.Deserialize(json, HttpApiJsonContext.Default.HttpApiResponse)!;

        Assert.Equal(201, read.StatusCode);
        Assert.Equal("""{"id":1}""", read.Body);
        Assert.Equal(["a=1"], read.Cookies);
        Assert.Equal("application/json", read.Headers!["content-type"]);
    }
}
