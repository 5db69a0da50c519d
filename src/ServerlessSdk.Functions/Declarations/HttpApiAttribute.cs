namespace ServerlessSdk.Functions;

/// <summary>
/// An API Gateway HTTP API route (payload 2.0) served by this method. Path parameters (<c>{id}</c>, or a greedy
/// last <c>{proxy+}</c>) bind to method parameters of the same name (string, int, long or Guid); the method may also
/// take the <see cref="Runtime.Events.HttpApiRequest"/>, the <see cref="Runtime.ILambdaContext"/> and a
/// <see cref="CancellationToken"/>, and returns an <see cref="Runtime.Events.HttpApiResponse"/> (or a task of one).
/// </summary>
/// <param name="method">The HTTP method.</param>
/// <param name="path">The route path, starting with <c>/</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HttpApiAttribute(LambdaHttpMethod method, string path) : Attribute
{
    /// <summary>The HTTP method.</summary>
    public LambdaHttpMethod Method { get; } = method;

    /// <summary>The route path.</summary>
    public string Path { get; } = path;

    /// <summary>Who may call the route.</summary>
    public HttpApiAuth Auth { get; set; }

    /// <summary>OAuth scopes the JWT must carry (<see cref="HttpApiAuth.Jwt"/> only).</summary>
    public string[] Scopes { get; set; } = [];
}

/// <summary>An HTTP method for a route.</summary>
public enum LambdaHttpMethod
{
    /// <summary>GET.</summary>
    Get,

    /// <summary>POST.</summary>
    Post,

    /// <summary>PUT.</summary>
    Put,

    /// <summary>PATCH.</summary>
    Patch,

    /// <summary>DELETE.</summary>
    Delete,

    /// <summary>HEAD.</summary>
    Head,

    /// <summary>OPTIONS.</summary>
    Options,

    /// <summary>Any method.</summary>
    Any,
}

/// <summary>How a route authorises callers.</summary>
public enum HttpApiAuth
{
    /// <summary>Open to anyone.</summary>
    None,

    /// <summary>SigV4-signed requests (AWS_IAM).</summary>
    Iam,

    /// <summary>A bearer JWT checked by the assembly's <see cref="HttpApiJwtAuthorizerAttribute"/>.</summary>
    Jwt,
}

/// <summary>The HTTP API's JWT authorizer, used by routes with <see cref="HttpApiAuth.Jwt"/>.</summary>
/// <param name="issuer">The token issuer URL.</param>
/// <param name="audiences">Accepted audiences (at least one).</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class HttpApiJwtAuthorizerAttribute(string issuer, params string[] audiences) : Attribute
{
    /// <summary>The token issuer URL.</summary>
    public string Issuer { get; } = issuer;

    /// <summary>Accepted audiences.</summary>
    public IReadOnlyList<string> Audiences { get; } = audiences;
}
