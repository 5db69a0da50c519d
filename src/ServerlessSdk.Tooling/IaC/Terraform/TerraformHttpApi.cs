using System.Text.RegularExpressions;
using ServerlessSdk.Tooling.IaC.Hcl;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.IaC.Terraform;

/// <summary>The service's HTTP API: API, stage, JWT authorizer, one integration per function, one route and permission per route.</summary>
internal static partial class TerraformHttpApi
{
    public static IEnumerable<HclBlock> Blocks(ServiceModel model)
    {
        if (!model.HasHttpApi)
        {
            yield break;
        }

        yield return TerraformWriter.Resource("aws_apigatewayv2_api", "http", b => b
            .Set("name", model.Service)
            .Set("protocol_type", "HTTP"));
        yield return TerraformWriter.Resource("aws_cloudwatch_log_group", "http_api_access", b => b
            .Set("name", model.AccessLogGroupName)
            .Set("retention_in_days", model.Settings.Project.LogRetentionDays));
        var format = new HclObject();
        foreach (var (key, value) in AccessLogFormat.Fields)
        {
            format.Add(key, value);
        }

        yield return TerraformWriter.Resource("aws_apigatewayv2_stage", "http", b => b
            .Set("api_id", HclValue.Expr(TfNames.Api + ".id"))
            .Set("name", HclValue.Expr("var.stage"))
            .Set("auto_deploy", true)
            .Block("default_route_settings", r => r
                .Set("throttling_burst_limit", model.Settings.Project.HttpThrottlingBurstLimit)
                .Set("throttling_rate_limit", model.Settings.Project.HttpThrottlingRateLimit))
            .Block("access_log_settings", l => l
                .Set("destination_arn", HclValue.Expr("aws_cloudwatch_log_group.http_api_access.arn"))
                .Set("format", HclValue.JsonEncode(format))));
        if (model.HasJwtRoutes && model.JwtAuthorizer is { } jwt)
        {
            yield return TerraformWriter.Resource("aws_apigatewayv2_authorizer", "jwt", b => b
                .Set("api_id", HclValue.Expr(TfNames.Api + ".id"))
                .Set("name", "jwt")
                .Set("authorizer_type", "JWT")
                .Set("identity_sources", HclList.Strings(["$request.header.Authorization"]))
                .Block("jwt_configuration", j => j
                    .Set("issuer", jwt.Issuer)
                    .Set("audience", HclList.Strings(jwt.Audiences))));
        }

        foreach (var f in model.Functions.Where(f => f.Triggers.Http.Count > 0))
        {
            yield return TerraformWriter.Resource("aws_apigatewayv2_integration", f.Snake, b => b
                .Set("api_id", HclValue.Expr(TfNames.Api + ".id"))
                .Set("integration_type", "AWS_PROXY")
                .Set("integration_method", "POST")
                .Set("integration_uri", HclValue.Expr(TfNames.InvokeArn(f)))
                .Set("payload_format_version", "2.0"));
            for (var i = 0; i < f.Triggers.Http.Count; i++)
            {
                var route = f.Triggers.Http[i];
                var name = $"{f.Snake}_route_{i + 1}";
                yield return Route(f, route, name);
                var source = new HclTemplate($"${{{TfNames.Api}.execution_arn}}/*/{SourceMethod(route)}{SourcePath(route)}");
                yield return TerraformWriter.Permission(f, name, $"AllowHttpRoute{i + 1}", "apigateway.amazonaws.com", source);
            }
        }
    }

    /// <summary>The method part of an execute-api ARN: ANY matches every method.</summary>
    public static string SourceMethod(HttpRouteTrigger route) => route.Method == "ANY" ? "*" : route.Method;

    /// <summary>The path part of an execute-api ARN: path parameters (<c>{id}</c>, <c>{proxy+}</c>) become <c>*</c>.</summary>
    public static string SourcePath(HttpRouteTrigger route) => PathParameter().Replace(route.Path, "*");

    private static HclBlock Route(FunctionModel f, HttpRouteTrigger route, string name) =>
        TerraformWriter.Resource("aws_apigatewayv2_route", name, b =>
        {
            b.Set("api_id", HclValue.Expr(TfNames.Api + ".id"))
                .Set("route_key", route.RouteKey)
                .Set("target", new HclTemplate($"integrations/${{aws_apigatewayv2_integration.{f.Snake}.id}}"));
            switch (route.Auth)
            {
                case HttpAuth.Iam:
                    b.Set("authorization_type", "AWS_IAM");
                    break;
                case HttpAuth.Jwt:
                    b.Set("authorization_type", "JWT")
                        .Set("authorizer_id", HclValue.Expr("aws_apigatewayv2_authorizer.jwt.id"));
                    if (route.Scopes.Count > 0)
                    {
                        b.Set("authorization_scopes", HclList.Strings(route.Scopes));
                    }

                    break;
                default:
                    b.Set("authorization_type", "NONE");
                    break;
            }
        });

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
