using System.Text.Json;
using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

// Hand-written converters for the HTTP API payload, the one event on an API's cold-start path.
// Source-generated metadata costs a JsonTypeInfo per nested type on first use (a dozen for this payload,
// each with a reflection lookup for polymorphism attributes): about 2.5 million instructions, a third of a
// Native AOT function's whole cold start. Reading the payload directly costs a few thousand. The property
// names here are the single place the HTTP API wire names live.
//
// Required fields: API Gateway always sends the whole payload, but events written by hand or by local tools often
// leave parts out. The converter requires what a request cannot be served without, its method and path
// (rawPath, requestContext.http.method): missing or null, they are a JsonException, which the runtime answers as
// Runtime.MalformedEvent. Every other string reads as "" when absent or null, so no non-nullable member is ever
// null. Presence is tracked in a bit mask: no allocation, no second pass.

/// <summary>Reads and writes <see cref="HttpApiRequest"/> as API Gateway sends it (payload format 2.0).</summary>
public sealed class HttpApiRequestJsonConverter : JsonConverter<HttpApiRequest>
{
    /// <inheritdoc/>
    public override HttpApiRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var request = new HttpApiRequest();
        var seen = HttpApiFields.None;
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "version": request.Version = Json.String(ref reader); break;
                case "routeKey": request.RouteKey = Json.String(ref reader); break;
                case "rawPath": request.RawPath = Json.RequiredString(ref reader, name); seen |= HttpApiFields.RawPath; break;
                case "rawQueryString": request.RawQueryString = Json.String(ref reader); break;
                case "cookies": request.Cookies = Json.StringList(ref reader); break;
                case "headers": request.Headers = Json.StringMap(ref reader); break;
                case "queryStringParameters": request.QueryStringParameters = Json.StringMap(ref reader); break;
                case "pathParameters": request.PathParameters = Json.StringMap(ref reader); break;
                case "stageVariables": request.StageVariables = Json.StringMap(ref reader); break;
                case "body": request.Body = Json.NullableString(ref reader); break;
                case "isBase64Encoded": request.IsBase64Encoded = Json.Boolean(ref reader); break;
                case "requestContext": request.RequestContext = ReadContext(ref reader); seen |= HttpApiFields.RequestContext; break;
                default: reader.Skip(); break;
            }
        }

        RequiredFields.Check(seen, RequiredFields.Request);
        return request;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, HttpApiRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("version"u8, value.Version);
        writer.WriteString("routeKey"u8, value.RouteKey);
        writer.WriteString("rawPath"u8, value.RawPath);
        writer.WriteString("rawQueryString"u8, value.RawQueryString);
        Json.Write(writer, "cookies"u8, value.Cookies);
        Json.Write(writer, "headers"u8, value.Headers);
        Json.Write(writer, "queryStringParameters"u8, value.QueryStringParameters);
        Json.Write(writer, "pathParameters"u8, value.PathParameters);
        Json.Write(writer, "stageVariables"u8, value.StageVariables);
        Json.Write(writer, "body"u8, value.Body);
        writer.WriteBoolean("isBase64Encoded"u8, value.IsBase64Encoded);
        WriteContext(writer, value.RequestContext);
        writer.WriteEndObject();
    }

    private static HttpApiRequestContext ReadContext(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Required.Null("requestContext");
        }

        var context = new HttpApiRequestContext();
        var seen = HttpApiFields.None;
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "accountId": context.AccountId = Json.String(ref reader); break;
                case "apiId": context.ApiId = Json.String(ref reader); break;
                case "authorizer": context.Authorizer = ReadAuthorizer(ref reader); break;
                case "domainName": context.DomainName = Json.String(ref reader); break;
                case "domainPrefix": context.DomainPrefix = Json.String(ref reader); break;
                case "http": context.Http = ReadHttp(ref reader); seen |= HttpApiFields.Http; break;
                case "requestId": context.RequestId = Json.String(ref reader); break;
                case "routeKey": context.RouteKey = Json.String(ref reader); break;
                case "stage": context.Stage = Json.String(ref reader); break;
                case "time": context.Time = Json.String(ref reader); break;
                case "timeEpoch": context.TimeEpoch = Json.Int64(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        RequiredFields.Check(seen, RequiredFields.Context);
        return context;
    }

    private static void WriteContext(Utf8JsonWriter writer, HttpApiRequestContext context)
    {
        writer.WriteStartObject("requestContext"u8);
        writer.WriteString("accountId"u8, context.AccountId);
        writer.WriteString("apiId"u8, context.ApiId);
        if (context.Authorizer is { } authorizer)
        {
            writer.WriteStartObject("authorizer"u8);
            if (authorizer.Jwt is { } jwt)
            {
                writer.WriteStartObject("jwt"u8);
                Json.Write(writer, "claims"u8, jwt.Claims);
                Json.Write(writer, "scopes"u8, jwt.Scopes);
                writer.WriteEndObject();
            }

            if (authorizer.Iam is { } iam)
            {
                WriteIam(writer, iam);
            }

            if (authorizer.Lambda is { } lambda)
            {
                writer.WriteStartObject("lambda"u8);
                foreach (var (key, element) in lambda)
                {
                    writer.WritePropertyName(key);
                    element.WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteString("domainName"u8, context.DomainName);
        writer.WriteString("domainPrefix"u8, context.DomainPrefix);
        writer.WriteStartObject("http"u8);
        writer.WriteString("method"u8, context.Http.Method);
        writer.WriteString("path"u8, context.Http.Path);
        writer.WriteString("protocol"u8, context.Http.Protocol);
        writer.WriteString("sourceIp"u8, context.Http.SourceIp);
        Json.Write(writer, "userAgent"u8, context.Http.UserAgent);
        writer.WriteEndObject();
        writer.WriteString("requestId"u8, context.RequestId);
        writer.WriteString("routeKey"u8, context.RouteKey);
        writer.WriteString("stage"u8, context.Stage);
        writer.WriteString("time"u8, context.Time);
        writer.WriteNumber("timeEpoch"u8, context.TimeEpoch);
        writer.WriteEndObject();
    }

    private static HttpApiHttpDescription ReadHttp(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            throw Required.Null("requestContext.http");
        }

        var http = new HttpApiHttpDescription();
        var seen = HttpApiFields.None;
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "method": http.Method = Json.RequiredString(ref reader, name); seen |= HttpApiFields.Method; break;
                case "path": http.Path = Json.String(ref reader); break;
                case "protocol": http.Protocol = Json.String(ref reader); break;
                case "sourceIp": http.SourceIp = Json.String(ref reader); break;
                case "userAgent": http.UserAgent = Json.NullableString(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        RequiredFields.Check(seen, RequiredFields.Http);
        return http;
    }

    private static HttpApiAuthorizer? ReadAuthorizer(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var authorizer = new HttpApiAuthorizer();
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "jwt": authorizer.Jwt = ReadJwt(ref reader); break;
                case "iam": authorizer.Iam = ReadIam(ref reader); break;
                case "lambda": authorizer.Lambda = ReadLambdaContext(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return authorizer;
    }

    private static HttpApiJwtDescription? ReadJwt(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var jwt = new HttpApiJwtDescription();
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "claims": jwt.Claims = Json.StringMap(ref reader); break;
                case "scopes": jwt.Scopes = Json.StringList(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return jwt;
    }

    private static Dictionary<string, JsonElement>? ReadLambdaContext(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            values[name] = JsonElement.ParseValue(ref reader);
        }

        return values;
    }

    private static HttpApiIamDescription? ReadIam(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var iam = new HttpApiIamDescription();
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "accessKey": iam.AccessKey = Json.NullableString(ref reader); break;
                case "accountId": iam.AccountId = Json.NullableString(ref reader); break;
                case "callerId": iam.CallerId = Json.NullableString(ref reader); break;
                case "cognitoIdentity": iam.CognitoIdentity = ReadCognito(ref reader); break;
                case "principalOrgId": iam.PrincipalOrgId = Json.NullableString(ref reader); break;
                case "userArn": iam.UserArn = Json.NullableString(ref reader); break;
                case "userId": iam.UserId = Json.NullableString(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return iam;
    }

    private static void WriteIam(Utf8JsonWriter writer, HttpApiIamDescription iam)
    {
        writer.WriteStartObject("iam"u8);
        Json.Write(writer, "accessKey"u8, iam.AccessKey);
        Json.Write(writer, "accountId"u8, iam.AccountId);
        Json.Write(writer, "callerId"u8, iam.CallerId);
        if (iam.CognitoIdentity is { } cognito)
        {
            writer.WriteStartObject("cognitoIdentity"u8);
            Json.Write(writer, "amr"u8, cognito.Amr);
            Json.Write(writer, "identityId"u8, cognito.IdentityId);
            Json.Write(writer, "identityPoolId"u8, cognito.IdentityPoolId);
            writer.WriteEndObject();
        }

        Json.Write(writer, "principalOrgId"u8, iam.PrincipalOrgId);
        Json.Write(writer, "userArn"u8, iam.UserArn);
        Json.Write(writer, "userId"u8, iam.UserId);
        writer.WriteEndObject();
    }

    private static HttpApiCognitoIdentity? ReadCognito(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var cognito = new HttpApiCognitoIdentity();
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "amr": cognito.Amr = Json.StringList(ref reader); break;
                case "identityId": cognito.IdentityId = Json.NullableString(ref reader); break;
                case "identityPoolId": cognito.IdentityPoolId = Json.NullableString(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return cognito;
    }
}

/// <summary>The required fields of the HTTP API payload, one bit each.</summary>
[Flags]
internal enum HttpApiFields
{
    None = 0,
    RawPath = 1 << 0,
    RequestContext = 1 << 1,
    Http = 1 << 2,
    Method = 1 << 3,
}

/// <summary>Which fields each object of the HTTP API payload must carry.</summary>
internal static class RequiredFields
{
    public const HttpApiFields Request = HttpApiFields.RawPath | HttpApiFields.RequestContext;
    public const HttpApiFields Context = HttpApiFields.Http;
    public const HttpApiFields Http = HttpApiFields.Method;

    public static void Check(HttpApiFields seen, HttpApiFields required)
    {
        var missing = required & ~seen;
        if (missing != HttpApiFields.None)
        {
            throw Required.Missing(NameOf(missing));
        }
    }

    // The first missing field is enough to say what is wrong.
    private static string NameOf(HttpApiFields missing) =>
        (missing & (HttpApiFields)(-(int)missing)) switch
        {
            HttpApiFields.RawPath => "rawPath",
            HttpApiFields.RequestContext => "requestContext",
            HttpApiFields.Http => "requestContext.http",
            _ => "requestContext.http.method",
        };
}

/// <summary>Reads and writes <see cref="HttpApiResponse"/> as API Gateway expects it (payload format 2.0).</summary>
public sealed class HttpApiResponseJsonConverter : JsonConverter<HttpApiResponse>
{
    /// <inheritdoc/>
    public override HttpApiResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var response = new HttpApiResponse();
        Json.ExpectObject(ref reader);
        while (Json.NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "statusCode": response.StatusCode = Json.Int32(ref reader); break;
                case "headers": response.Headers = Json.StringMap(ref reader); break;
                case "cookies": response.Cookies = Json.StringList(ref reader); break;
                case "body": response.Body = Json.NullableString(ref reader); break;
                case "isBase64Encoded": response.IsBase64Encoded = Json.Boolean(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return response;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, HttpApiResponse value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("statusCode"u8, value.StatusCode);
        Json.Write(writer, "headers"u8, value.Headers);
        Json.Write(writer, "cookies"u8, value.Cookies);
        Json.Write(writer, "body"u8, value.Body);
        writer.WriteBoolean("isBase64Encoded"u8, value.IsBase64Encoded);
        writer.WriteEndObject();
    }
}
