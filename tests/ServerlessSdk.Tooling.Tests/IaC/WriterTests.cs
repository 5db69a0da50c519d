using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC;

/// <summary>What each format must contain for the platform to accept and wire it; the golden files pin the rest.</summary>
public sealed class WriterTests
{
    private static Dictionary<string, string> EmitComplete()
    {
        using var folder = new TempFolder();
        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Complete(), IaCFixtures.Settings() with { Alarms = true });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return EmitHelper.Files(folder.Path);
    }

    [Fact]
    public void Sam_uses_the_transform_explicit_roles_and_no_managed_policies()
    {
        var template = EmitComplete()["template.yaml"];

        Assert.Contains("\nTransform: AWS::Serverless-2016-10-31\n", template, StringComparison.Ordinal);
        Assert.Equal(8, Count(template, "Type: AWS::Serverless::Function\n"));
        Assert.Equal(8, Count(template, "      Role:\n        Fn::GetAtt:\n"));
        Assert.DoesNotContain("ManagedPolicyArns", template, StringComparison.Ordinal);
        Assert.DoesNotContain("AWSLambdaBasicExecutionRole", template, StringComparison.Ordinal);
        Assert.Equal(8, Count(template, "      Handler: bootstrap\n      Runtime: provided.al2023\n"));
        Assert.Contains("      AutoPublishAlias: live\n      ProvisionedConcurrencyConfig:\n        ProvisionedConcurrentExecutions: 2\n", template, StringComparison.Ordinal);
        Assert.Contains("      ReservedConcurrentExecutions: 20\n", template, StringComparison.Ordinal);
        Assert.Contains("          SERVERLESS_FUNCTION: ItemsApi\n", template, StringComparison.Ordinal);
        Assert.Contains("      RedrivePolicy:\n", template, StringComparison.Ordinal);
        Assert.Equal(1, Count(template, "RedrivePolicy"));
        Assert.Equal(24, Count(template, "Type: AWS::CloudWatch::Alarm\n"));
        Assert.Contains("EnableIamAuthorizer: true", template, StringComparison.Ordinal);
        Assert.Contains("            Auth:\n              Authorizer: JwtAuthorizer\n              AuthorizationScopes:\n                - items/write\n", template, StringComparison.Ordinal);
    }

    [Fact]
    public void Sam_names_a_non_default_stage()
    {
        using var folder = new TempFolder();
        EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), IaCFixtures.Settings(new() { StageName = "prod" }), formats: ["sam"]);

        var template = File.ReadAllText(Path.Combine(folder.Path, "template.yaml"));

        Assert.Contains("      StageName: prod\n", template, StringComparison.Ordinal);
        Assert.Contains(".${AWS::URLSuffix}/prod/", template, StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_pins_provider_v6_and_uses_its_argument_names()
    {
        var main = EmitComplete()["main.tf"];

        Assert.Contains("source  = \"hashicorp/aws\"\n      version = \"~> 6.0\"", main, StringComparison.Ordinal);
        Assert.Contains("architectures    = [\"arm64\"]", main, StringComparison.Ordinal);
        Assert.Contains("source_code_hash = filebase64sha256(\"${path.module}/../bin/Release/net10.0/linux-arm64/Orders-arm64.zip\")", main, StringComparison.Ordinal);
        Assert.Contains("  logging_config {\n", main, StringComparison.Ordinal);
        Assert.Contains("  tracing_config {\n    mode = \"Active\"\n  }", main, StringComparison.Ordinal);
        Assert.Contains("function_response_types            = [\"ReportBatchItemFailures\"]", main, StringComparison.Ordinal);
        Assert.Contains("redrive_policy             = jsonencode({", main, StringComparison.Ordinal);
        Assert.Contains("source_arn    = \"${aws_apigatewayv2_api.http.execution_arn}/*/GET/items/*\"", main, StringComparison.Ordinal);
        Assert.Contains("event_source_arn               = var.orders_stream_arn", main, StringComparison.Ordinal);
        Assert.DoesNotContain("aws_iam_role_policy_attachment", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_points_triggers_at_the_alias_when_there_is_one()
    {
        var main = EmitComplete()["main.tf"];

        Assert.Contains("integration_uri        = aws_lambda_alias.items_api.invoke_arn", main, StringComparison.Ordinal);
        Assert.Contains("qualifier     = aws_lambda_alias.items_api.name", main, StringComparison.Ordinal);
        Assert.Contains("  publish                        = true\n", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Terraform_declares_the_inputs_and_outputs()
    {
        var files = EmitComplete();

        Assert.Contains("variable \"orders_stream_arn\"", files["variables.tf"], StringComparison.Ordinal);
        Assert.Contains("variable \"stage\"", files["variables.tf"], StringComparison.Ordinal);
        Assert.Contains("output \"api_url\"", files["outputs.tf"], StringComparison.Ordinal);
        Assert.Contains("output \"orders_queue_url\"", files["outputs.tf"], StringComparison.Ordinal);
        Assert.Contains("output \"items_api_function_arn\"", files["outputs.tf"], StringComparison.Ordinal);
    }

    [Fact]
    public void Serverless_is_v3_strict_with_a_role_per_function()
    {
        var yaml = EmitComplete()["serverless.yml"];

        Assert.Contains("\nframeworkVersion: '3'\nconfigValidationMode: error\n", yaml, StringComparison.Ordinal);
        Assert.Equal(8, Count(yaml, "    handler: bootstrap\n"));
        Assert.Equal(8, Count(yaml, "      Type: AWS::IAM::Role\n"));
        Assert.Contains("    role: ItemsApiRole\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("iamRoleStatements", yaml, StringComparison.Ordinal);
        Assert.Contains("      artifact: '../bin/Release/net10.0/linux-arm64/Orders-arm64.zip'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("          arn: ${param:ordersStreamArn}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("            type: aws_iam\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    provisionedConcurrency: 2\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_without_triggers_has_no_events()
    {
        using var folder = new TempFolder();
        var manifest = new ServiceManifest("jobs", [IaCFixtures.Function("Manual")]);

        var result = EmitHelper.Emit(folder.Path, manifest);

        Assert.True(result.Succeeded);
        var files = EmitHelper.Files(folder.Path);
        Assert.DoesNotContain("Events:", files["template.yaml"], StringComparison.Ordinal);
        Assert.DoesNotContain("events:", files["serverless.yml"], StringComparison.Ordinal);
        Assert.DoesNotContain("aws_apigatewayv2", files["main.tf"], StringComparison.Ordinal);
        Assert.DoesNotContain("variable \"stage\"", files["variables.tf"], StringComparison.Ordinal);
    }

    private static int Count(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

    [Fact]
    public void The_fixture_inputs_name_what_each_format_declares()
    {
        var files = EmitComplete();

        var input = Assert.Single(IaCFixtures.Inputs(IaCFixtures.Complete()));

        Assert.Contains($"  {input.Sam}:\n    Type: String\n", files["template.yaml"], StringComparison.Ordinal);
        Assert.Contains($"variable \"{input.Terraform}\"", files["variables.tf"], StringComparison.Ordinal);
        Assert.Contains($"${{param:{input.Serverless}}}", files["serverless.yml"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_rendered_policies_name_every_resource_only_for_the_traced_functions()
    {
        var files = EmitComplete();
        var traced = IaCFixtures.Complete().Functions.Count(f => f.Tracing);

        var buckets = IaCFixtures.Complete().Functions.SelectMany(f => f.Triggers.OfType<S3Trigger>()).Select(t => t.Bucket).Distinct().Count();

        // Every other '*' is the principal of a bucket's TLS-only Deny statement.
        Assert.Equal(traced, Count(files["template.yaml"], "                Resource:\n                  - '*'\n"));
        Assert.Equal(traced + buckets, Count(files["template.yaml"], "'*'"));
        Assert.Equal(buckets, Count(files["template.yaml"], "Principal: '*'"));
        Assert.Equal(traced, Count(files["serverless.yml"], "- '*'"));
        Assert.Equal(traced, Count(files["main.tf"], "Resource = [\"*\"]"));
        Assert.Equal(traced + buckets, Count(files["main.tf"], "\"*\""));
        Assert.Equal(buckets, Count(files["main.tf"], "Principal = \"*\""));
    }
}
