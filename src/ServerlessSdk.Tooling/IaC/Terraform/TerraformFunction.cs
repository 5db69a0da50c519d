using ServerlessSdk.Tooling.IaC.Hcl;
using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.IaC.Terraform;

/// <summary>One function's blocks: role, policy, log group, function, alias, alarms and its non-HTTP triggers.</summary>
internal static class TerraformFunction
{
    public static IEnumerable<HclBlock> Blocks(FunctionModel f, ServiceModel model)
    {
        var name = f.Snake;
        yield return TerraformWriter.Resource("aws_iam_role", name, b => b
            .Set("name_prefix", Prefix(f))
            .Set("assume_role_policy", HclValue.JsonEncode(new HclObject()
                .Add("Version", "2012-10-17")
                .Add("Statement", new HclList([new HclObject()
                    .Add("Effect", "Allow")
                    .Add("Principal", new HclObject().Add("Service", "lambda.amazonaws.com"))
                    .Add("Action", "sts:AssumeRole")])))));
        yield return TerraformWriter.Resource("aws_iam_role_policy", name, b => b
            .Set("name", "least-privilege")
            .Set("role", HclValue.Expr($"aws_iam_role.{name}.id"))
            .Set("policy", TerraformWriter.PolicyDocument(IamPolicies.For(f))));
        yield return TerraformWriter.Resource("aws_cloudwatch_log_group", name, b => b
            .Set("name", f.LogGroupName)
            .Set("retention_in_days", f.LogRetentionDays));
        yield return Function(f, model);
        if (f.HasAlias)
        {
            yield return TerraformWriter.Resource("aws_lambda_alias", name, b => b
                .Set("name", "live")
                .Set("function_name", HclValue.Expr(TfNames.Function(f) + ".function_name"))
                .Set("function_version", HclValue.Expr(TfNames.Function(f) + ".version")));
            yield return TerraformWriter.Resource("aws_lambda_provisioned_concurrency_config", name, b => b
                .Set("function_name", HclValue.Expr(TfNames.Alias(f) + ".function_name"))
                .Set("qualifier", HclValue.Expr(TfNames.Alias(f) + ".name"))
                .Set("provisioned_concurrent_executions", f.ProvisionedConcurrency!.Value));
        }

        if (model.Settings.Alarms)
        {
            yield return Alarm(f, "errors", "Errors", "Sum", 1);
            yield return Alarm(f, "throttles", "Throttles", "Sum", 1);
            yield return Alarm(f, "duration", "Duration", "p99", AlarmThresholds.DurationThresholdMilliseconds(f));
        }

        foreach (var block in TerraformTriggers.Blocks(f, model))
        {
            yield return block;
        }
    }

    /// <summary>IAM role names are account-wide and at most 64 characters; Terraform appends a unique suffix (26).</summary>
    private static string Prefix(FunctionModel f) => f.PhysicalName.Length > 37 ? f.PhysicalName[..37] : f.PhysicalName;

    private static HclBlock Function(FunctionModel f, ServiceModel model)
    {
        var code = $"${{path.module}}/{f.PackagePath}";
        var environment = new HclObject();
        foreach (var (key, value) in f.Environment)
        {
            environment.Add(key, value);
        }

        foreach (var (key, resource) in f.ResourceVariables)
        {
            environment.Add(key, TerraformWriter.VariableValue(resource));
        }

        return TerraformWriter.Resource("aws_lambda_function", f.Snake, b =>
        {
            b.Set("function_name", f.PhysicalName)
                .Set("description", $"ServerlessSdk function {f.Name} ({f.Handler})")
                .Set("role", HclValue.Expr($"aws_iam_role.{f.Snake}.arn"))
                .Set("handler", "bootstrap")
                .Set("runtime", model.Settings.Project.Runtime.Name)
                .Set("architectures", HclList.Strings([f.Architecture]))
                .Set("memory_size", f.MemorySize)
                .Set("timeout", f.Timeout)
                .Set("filename", new HclTemplate(code))
                .Set("source_code_hash", HclValue.Expr($"filebase64sha256(\"{code}\")"));
            if (f.HasAlias)
            {
                b.Set("publish", true);
            }

            if (f.ReservedConcurrency is { } reserved)
            {
                b.Set("reserved_concurrent_executions", reserved);
            }

            b.Block("environment", e => e.Set("variables", environment))
                .Block("logging_config", l => l
                    .Set("log_format", "Text")
                    .Set("log_group", HclValue.Expr($"aws_cloudwatch_log_group.{f.Snake}.name")));
            if (f.Tracing)
            {
                b.Block("tracing_config", t => t.Set("mode", "Active"));
            }

            // The role's policy must exist before the first invocation writes logs.
            b.Set("depends_on", new HclList([HclValue.Expr($"aws_iam_role_policy.{f.Snake}")]));
        });
    }

    private static HclBlock Alarm(FunctionModel f, string suffix, string metric, string statistic, int threshold) =>
        TerraformWriter.Resource("aws_cloudwatch_metric_alarm", $"{f.Snake}_{suffix}", b =>
        {
            b.Set("alarm_name", $"{f.PhysicalName}-{(suffix == "duration" ? "duration-p99" : suffix)}")
                .Set("namespace", "AWS/Lambda")
                .Set("metric_name", metric)
                .Set("dimensions", new HclObject().Add("FunctionName", HclValue.Expr(TfNames.Function(f) + ".function_name")));
            if (statistic.StartsWith('p'))
            {
                b.Set("extended_statistic", statistic);
            }
            else
            {
                b.Set("statistic", statistic);
            }

            b.Set("period", AlarmThresholds.PeriodSeconds)
                .Set("evaluation_periods", 1)
                .Set("threshold", threshold)
                .Set("comparison_operator", "GreaterThanOrEqualToThreshold")
                .Set("treat_missing_data", "notBreaching");
        });
}
