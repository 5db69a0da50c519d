using System.Text;
using System.Text.Json;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Tests.Events;

public class HttpApiRequestTests
{
    [Fact]
    public void Route_and_query_are_read_from_a_v2_payload()
    {
        // Act
        var request = Payloads.Deserialize("apigw-http-v2.json", HttpApiJsonContext.Default.HttpApiRequest);

        // Assert
        Assert.Equal("2.0", request.Version);
        Assert.Equal("GET /hello", request.RouteKey);
        Assert.Equal("/hello", request.RawPath);
        Assert.Equal("name=world&lang=en", request.RawQueryString);
        Assert.Equal("world", request.QueryStringParameters!["name"]);
        Assert.Equal(["session=3f9a1c2e", "theme=dark"], request.Cookies!);
    }

    [Fact]
    public void Request_context_carries_http_details_and_epoch_time()
    {
        // Act
        var context = Payloads.Deserialize("apigw-http-v2.json", HttpApiJsonContext.Default.HttpApiRequest).RequestContext;

        // Assert
        Assert.Equal("a1b2c3d4e5", context.ApiId);
        Assert.Equal("$default", context.Stage);
        Assert.Equal(1710322867123L, context.TimeEpoch);
        Assert.Equal("GET", context.Http.Method);
        Assert.Equal("203.0.113.10", context.Http.SourceIp);
    }

    [Fact]
    public void Jwt_authorizer_claims_and_scopes_are_read()
    {
        // Act
        var jwt = Payloads.Deserialize("apigw-http-v2.json", HttpApiJsonContext.Default.HttpApiRequest)
            .RequestContext.Authorizer!.Jwt!;

        // Assert
        Assert.Equal("user-42", jwt.Claims!["sub"]);
        Assert.Equal(["read", "write"], jwt.Scopes!);
    }

    [Fact]
    public void Iam_authorizer_identity_is_read()
    {
        // Act
        var authorizer = Payloads.Deserialize("apigw-http-v2-iam.json", HttpApiJsonContext.Default.HttpApiRequest)
            .RequestContext.Authorizer!;

        // Assert
        Assert.Null(authorizer.Jwt);
        Assert.Equal("210987654321", authorizer.Iam!.AccountId);
        Assert.Equal("arn:aws:sts::210987654321:assumed-role/ops-readonly/ops-session", authorizer.Iam.UserArn);
        Assert.Equal("o-a1b2c3d4e5", authorizer.Iam.PrincipalOrgId);
        Assert.Null(authorizer.Iam.CognitoIdentity);
    }

    [Fact]
    public void Lambda_authorizer_context_keeps_raw_json_values()
    {
        // Arrange
        const string json = """
            {"version":"2.0","routeKey":"$default","rawPath":"/","rawQueryString":"",
             "requestContext":{"requestId":"r","authorizer":{"lambda":{"tenant":"acme","tier":3,"beta":true}},
                               "http":{"method":"GET","path":"/"}}}
            """;

        // Act
        var lambda = JsonSerializer.Deserialize(json, HttpApiJsonContext.Default.HttpApiRequest)!
            .RequestContext.Authorizer!.Lambda!;

        // Assert
        Assert.Equal("acme", lambda["tenant"].GetString());
        Assert.Equal(3, lambda["tier"].GetInt32());
        Assert.True(lambda["beta"].GetBoolean());
    }

    [Fact]
    public void Path_parameters_and_stage_variables_are_read()
    {
        // Act
        var request = Payloads.Deserialize("apigw-http-v2-base64.json", HttpApiJsonContext.Default.HttpApiRequest);

        // Assert
        Assert.Equal("ord-2001", request.PathParameters!["orderId"]);
        Assert.Equal("orders-prod", request.StageVariables!["tableName"]);
    }

    [Fact]
    public void Traceparent_header_surfaces_through_the_trace_context_carrier()
    {
        // Arrange
        ITraceContextCarrier carrier = Payloads.Deserialize("apigw-http-v2-base64.json", HttpApiJsonContext.Default.HttpApiRequest);

        // Act
        var traceParent = carrier.TraceParent;

        // Assert
        Assert.Equal("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", traceParent);
    }

    [Fact]
    public void Traceparent_is_null_when_the_header_is_absent()
    {
        // Arrange
        var request = Payloads.Deserialize("apigw-http-v2.json", HttpApiJsonContext.Default.HttpApiRequest);

        // Act
        var traceParent = request.TraceParent;

        // Assert
        Assert.Null(traceParent);
    }

    [Fact]
    public void Traceparent_header_is_found_whatever_its_casing()
    {
        // Arrange
        var request = new HttpApiRequest
        {
            Headers = new Dictionary<string, string> { ["TraceParent"] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" },
        };

        // Act
        var traceParent = request.TraceParent;

        // Assert
        Assert.Equal("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", traceParent);
    }

    [Fact]
    public void Traceparent_is_not_written_as_a_json_property()
    {
        // Arrange
        var request = Payloads.Deserialize("apigw-http-v2-base64.json", HttpApiJsonContext.Default.HttpApiRequest);

        // Act
        var json = JsonSerializer.Serialize(request, HttpApiJsonContext.Default.HttpApiRequest);

        // Assert
        Assert.DoesNotContain("TraceParent", json, StringComparison.Ordinal);
        Assert.DoesNotContain("traceParent", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Base64_body_is_decoded_by_GetBodyBytes()
    {
        // Arrange
        var request = Payloads.Deserialize("apigw-http-v2-base64.json", HttpApiJsonContext.Default.HttpApiRequest);

        // Act
        var bytes = request.GetBodyBytes();

        // Assert
        Assert.True(request.IsBase64Encoded);
        Assert.Equal("""{"orderId":"ord-2001","status":"shipped"}""", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Plain_body_is_returned_as_utf8_by_GetBodyBytes()
    {
        // Arrange
        var request = new HttpApiRequest { Body = "héllo", IsBase64Encoded = false };

        // Act
        var bytes = request.GetBodyBytes();

        // Assert
        Assert.Equal(Encoding.UTF8.GetBytes("héllo"), bytes);
    }

    [Fact]
    public void GetBodyBytes_is_empty_when_there_is_no_body()
    {
        // Arrange
        var request = Payloads.Deserialize("apigw-http-v2.json", HttpApiJsonContext.Default.HttpApiRequest);

        // Act
        var bytes = request.GetBodyBytes();

        // Assert
        Assert.Empty(bytes);
    }
}
