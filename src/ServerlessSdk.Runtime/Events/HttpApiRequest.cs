using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// An Amazon API Gateway HTTP API request in payload format version 2.0.
/// </summary>
[JsonConverter(typeof(HttpApiRequestJsonConverter))]
public sealed class HttpApiRequest : ITraceContextCarrier
{
    /// <summary>Gets or sets the payload format version, <c>2.0</c>.</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>Gets or sets the matched route, such as <c>GET /orders/{id}</c> or <c>$default</c>.</summary>
    public string RouteKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the request path, without the query string.</summary>
    public string RawPath { get; set; } = string.Empty;

    /// <summary>Gets or sets the query string as sent, without the leading <c>?</c>.</summary>
    public string RawQueryString { get; set; } = string.Empty;

    /// <summary>Gets or sets the request cookies, one <c>name=value</c> per entry.</summary>
    public IList<string>? Cookies { get; set; }

    /// <summary>Gets or sets the request headers; names are lower-case and repeated values are comma-joined.</summary>
    public IDictionary<string, string>? Headers { get; set; }

    /// <summary>Gets or sets the query string parameters; repeated values are comma-joined.</summary>
    public IDictionary<string, string>? QueryStringParameters { get; set; }

    /// <summary>Gets or sets the values of the route's path parameters, such as <c>id</c> in <c>/orders/{id}</c>.</summary>
    public IDictionary<string, string>? PathParameters { get; set; }

    /// <summary>Gets or sets the stage variables of the invoked stage.</summary>
    public IDictionary<string, string>? StageVariables { get; set; }

    /// <summary>Gets or sets the request body; base64 when <see cref="IsBase64Encoded"/> is <see langword="true"/>.</summary>
    public string? Body { get; set; }

    /// <summary>Gets or sets a value indicating whether <see cref="Body"/> is base64-encoded.</summary>
    public bool IsBase64Encoded { get; set; }

    /// <summary>Gets or sets information about the request, the caller and the authorizer.</summary>
    public HttpApiRequestContext RequestContext { get; set; } = new();

    /// <summary>Gets the value of the <c>traceparent</c> header, if the caller sent one.</summary>
    public string? TraceParent => GetHeader("traceparent");

    /// <summary>Gets a header value by name, ignoring case.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The header value, or <see langword="null"/> when the header is absent.</returns>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Headers is null)
        {
            return null;
        }

        if (Headers.TryGetValue(name, out var exact))
        {
            return exact;
        }

        foreach (var header in Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    /// <summary>Gets the body as bytes, decoding base64 when <see cref="IsBase64Encoded"/> is set and UTF-8 otherwise.</summary>
    /// <returns>The body bytes; empty when there is no body.</returns>
    /// <exception cref="FormatException">The body is marked base64 but is not valid base64.</exception>
    public byte[] GetBodyBytes()
    {
        if (string.IsNullOrEmpty(Body))
        {
            return [];
        }

        return IsBase64Encoded ? Convert.FromBase64String(Body) : Encoding.UTF8.GetBytes(Body);
    }
}

/// <summary>The <c>requestContext</c> of an HTTP API request.</summary>
public sealed class HttpApiRequestContext
{
    /// <summary>Gets or sets the AWS account that owns the API.</summary>
    public string AccountId { get; set; } = string.Empty;

    /// <summary>Gets or sets the API identifier.</summary>
    public string ApiId { get; set; } = string.Empty;

    /// <summary>Gets or sets what the route's authorizer established about the caller, if the route has one.</summary>
    public HttpApiAuthorizer? Authorizer { get; set; }

    /// <summary>Gets or sets the host name the client called.</summary>
    public string DomainName { get; set; } = string.Empty;

    /// <summary>Gets or sets the first label of <see cref="DomainName"/>.</summary>
    public string DomainPrefix { get; set; } = string.Empty;

    /// <summary>Gets or sets the HTTP details of the request.</summary>
    public HttpApiHttpDescription Http { get; set; } = new();

    /// <summary>Gets or sets the API Gateway request ID.</summary>
    public string RequestId { get; set; } = string.Empty;

    /// <summary>Gets or sets the matched route.</summary>
    public string RouteKey { get; set; } = string.Empty;

    /// <summary>Gets or sets the stage name, such as <c>$default</c>.</summary>
    public string Stage { get; set; } = string.Empty;

    /// <summary>Gets or sets the request time in CLF format, such as <c>13/Mar/2024:09:41:07 +0000</c>.</summary>
    public string Time { get; set; } = string.Empty;

    /// <summary>Gets or sets the request time in Unix epoch milliseconds.</summary>
    public long TimeEpoch { get; set; }
}

/// <summary>The <c>requestContext.http</c> part of an HTTP API request.</summary>
public sealed class HttpApiHttpDescription
{
    /// <summary>Gets or sets the HTTP method, such as <c>GET</c>.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>Gets or sets the request path.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>Gets or sets the protocol, such as <c>HTTP/1.1</c>.</summary>
    public string Protocol { get; set; } = string.Empty;

    /// <summary>Gets or sets the IP address of the immediate caller.</summary>
    public string SourceIp { get; set; } = string.Empty;

    /// <summary>Gets or sets the caller's <c>User-Agent</c>.</summary>
    public string? UserAgent { get; set; }
}

/// <summary>The <c>requestContext.authorizer</c> of an HTTP API request; one member is set, by authorizer kind.</summary>
public sealed class HttpApiAuthorizer
{
    /// <summary>Gets or sets the result of a JWT authorizer.</summary>
    public HttpApiJwtDescription? Jwt { get; set; }

    /// <summary>Gets or sets the caller identity verified by IAM (SigV4) authorization.</summary>
    public HttpApiIamDescription? Iam { get; set; }

    /// <summary>Gets or sets the context returned by a Lambda authorizer, as raw JSON values.</summary>
    public IDictionary<string, JsonElement>? Lambda { get; set; }
}

/// <summary>The claims and scopes a JWT authorizer validated.</summary>
public sealed class HttpApiJwtDescription
{
    /// <summary>Gets or sets the token's claims, each value as a string.</summary>
    public IDictionary<string, string>? Claims { get; set; }

    /// <summary>Gets or sets the token's scopes.</summary>
    public IList<string>? Scopes { get; set; }
}

/// <summary>The caller identity established by IAM authorization.</summary>
public sealed class HttpApiIamDescription
{
    /// <summary>Gets or sets the access key that signed the request.</summary>
    public string? AccessKey { get; set; }

    /// <summary>Gets or sets the caller's AWS account.</summary>
    public string? AccountId { get; set; }

    /// <summary>Gets or sets the caller's principal ID.</summary>
    public string? CallerId { get; set; }

    /// <summary>Gets or sets the Amazon Cognito identity, when the credentials came from an identity pool.</summary>
    public HttpApiCognitoIdentity? CognitoIdentity { get; set; }

    /// <summary>Gets or sets the caller's AWS Organizations ID.</summary>
    public string? PrincipalOrgId { get; set; }

    /// <summary>Gets or sets the caller's ARN.</summary>
    public string? UserArn { get; set; }

    /// <summary>Gets or sets the caller's user ID.</summary>
    public string? UserId { get; set; }
}

/// <summary>The Amazon Cognito identity behind IAM credentials.</summary>
public sealed class HttpApiCognitoIdentity
{
    /// <summary>Gets or sets the authentication methods references.</summary>
    public IList<string>? Amr { get; set; }

    /// <summary>Gets or sets the Cognito identity ID.</summary>
    public string? IdentityId { get; set; }

    /// <summary>Gets or sets the Cognito identity pool ID.</summary>
    public string? IdentityPoolId { get; set; }
}
