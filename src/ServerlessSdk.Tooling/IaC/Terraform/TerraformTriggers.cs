using ServerlessSdk.Tooling.IaC.Hcl;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.IaC.Terraform;

/// <summary>A function's event source mappings, subscriptions, rules and the permissions push triggers need.</summary>
internal static class TerraformTriggers
{
    public static IEnumerable<HclBlock> Blocks(FunctionModel f, ServiceModel model)
    {
        var settings = model.Settings;
        var t = f.Triggers;
        if (f.HasAsyncTriggers)
        {
            yield return EventInvokeConfig(f, settings);
        }

        for (var i = 0; i < t.Sqs.Count; i++)
        {
            var sqs = t.Sqs[i];
            yield return Mapping(f, $"sqs_{i + 1}", TfNames.Queue(sqs.Queue) + ".arn", sqs.BatchSize, sqs.ReportBatchItemFailures, b => b
                .Set("maximum_batching_window_in_seconds", sqs.MaximumBatchingWindowSeconds));
        }

        for (var i = 0; i < t.Sns.Count; i++)
        {
            var sns = t.Sns[i];
            var name = $"{f.Snake}_sns_{i + 1}";
            yield return TerraformWriter.Resource("aws_sns_topic_subscription", name, b => b
                .Set("topic_arn", HclValue.Expr(TfNames.Topic(sns.Topic) + ".arn"))
                .Set("protocol", "lambda")
                .Set("endpoint", HclValue.Expr(TfNames.TargetArn(f)))
                .SetIf("filter_policy", sns.FilterPolicy is null ? null : HclValue.JsonEncode(HclValue.FromJson(sns.FilterPolicy))));
            yield return TerraformWriter.Permission(f, name, $"AllowSns{i + 1}", "sns.amazonaws.com", HclValue.Expr(TfNames.Topic(sns.Topic) + ".arn"));
        }

        for (var i = 0; i < t.EventBridge.Count; i++)
        {
            var rule = t.EventBridge[i];
            var bus = model.IsDeclaredBus(rule.EventBus) ? HclValue.Expr(TfNames.EventBus(rule.EventBus) + ".name") : (HclValue)rule.EventBus;
            foreach (var block in Rule(f, $"rule_{i + 1}", $"AllowRule{i + 1}", bus, b => b.Set("event_pattern", HclValue.JsonEncode(HclValue.FromJson(rule.EventPattern)))))
            {
                yield return block;
            }
        }

        for (var i = 0; i < t.Schedules.Count; i++)
        {
            var schedule = t.Schedules[i];
            foreach (var block in Rule(f, $"schedule_{i + 1}", $"AllowSchedule{i + 1}", "default", b => b
                .Set("schedule_expression", schedule.Expression)
                .Set("state", schedule.Enabled ? "ENABLED" : "DISABLED")))
            {
                yield return block;
            }
        }

        for (var i = 0; i < t.S3.Count; i++)
        {
            yield return TerraformWriter.Permission(f, $"{f.Snake}_s3_{i + 1}", $"AllowS3{i + 1}", "s3.amazonaws.com", HclValue.Expr(TfNames.Bucket(t.S3[i].Bucket) + ".arn"), sourceAccount: true);
        }

        for (var i = 0; i < t.DynamoDb.Count; i++)
        {
            var stream = t.DynamoDb[i];
            var source = f.IsDeclaredTable(stream.Table) ? TfNames.Table(stream.Table) + ".stream_arn" : "var." + TfNames.StreamArnVariable(stream.Table);
            yield return Mapping(f, $"dynamodb_{i + 1}", source, stream.BatchSize, stream.ReportBatchItemFailures, b => StreamFailures(b
                .Set("starting_position", TerraformWriter.StartingPosition(stream.StartingPosition))
                .Set("bisect_batch_on_function_error", stream.BisectBatchOnError), f, settings));
        }

        for (var i = 0; i < t.Kinesis.Count; i++)
        {
            var stream = t.Kinesis[i];
            yield return Mapping(f, $"kinesis_{i + 1}", TfNames.Stream(stream.Stream) + ".arn", stream.BatchSize, stream.ReportBatchItemFailures, b => StreamFailures(b
                .Set("starting_position", TerraformWriter.StartingPosition(stream.StartingPosition))
                .Set("bisect_batch_on_function_error", stream.BisectBatchOnError), f, settings));
        }
    }

    /// <summary>Retries and age are bounded; what is left goes to the function's dead-letter queue.</summary>
    private static HclBody StreamFailures(HclBody b, FunctionModel f, IaCSettings settings) => b
        .Set("maximum_retry_attempts", settings.Project.StreamMaxRetryAttempts)
        .Set("maximum_record_age_in_seconds", settings.Project.StreamMaxRecordAgeSeconds)
        .Block("destination_config", d => d.Block("on_failure", o => o.Set("destination_arn", HclValue.Expr(TfNames.FailureQueue(f) + ".arn"))));

    /// <summary>Asynchronous invocations: bounded retries and age, then the function's dead-letter queue.</summary>
    private static HclBlock EventInvokeConfig(FunctionModel f, IaCSettings settings) =>
        TerraformWriter.Resource("aws_lambda_function_event_invoke_config", f.Snake, b =>
        {
            b.Set("function_name", HclValue.Expr(TfNames.Function(f) + ".function_name"));
            if (f.HasAlias)
            {
                b.Set("qualifier", HclValue.Expr(TfNames.Alias(f) + ".name"));
            }

            b.Set("maximum_retry_attempts", settings.Project.AsyncMaxRetryAttempts)
                .Set("maximum_event_age_in_seconds", settings.Project.AsyncMaxEventAgeSeconds)
                .Block("destination_config", d => d.Block("on_failure", o => o.Set("destination", HclValue.Expr(TfNames.FailureQueue(f) + ".arn"))))
                // Lambda checks the role may send to the destination when the configuration is saved.
                .Set("depends_on", new HclList([HclValue.Expr($"aws_iam_role_policy.{f.Snake}")]));
        });

    private static HclBlock Mapping(FunctionModel f, string suffix, string sourceArn, int batchSize, bool reportFailures, Action<HclBody> extra) =>
        TerraformWriter.Resource("aws_lambda_event_source_mapping", $"{f.Snake}_{suffix}", b =>
        {
            b.Set("event_source_arn", HclValue.Expr(sourceArn))
                .Set("function_name", HclValue.Expr(TfNames.TargetArn(f)))
                .Set("batch_size", batchSize);
            extra(b);
            if (reportFailures)
            {
                b.Set("function_response_types", HclList.Strings(["ReportBatchItemFailures"]));
            }

            // Lambda checks the role can read the source when the mapping is created.
            b.Set("depends_on", new HclList([HclValue.Expr($"aws_iam_role_policy.{f.Snake}")]));
        });

    private static IEnumerable<HclBlock> Rule(FunctionModel f, string suffix, string statementId, HclValue bus, Action<HclBody> rule)
    {
        var name = $"{f.Snake}_{suffix}";
        var physical = $"{f.PhysicalName}-{suffix.Replace('_', '-')}";
        yield return TerraformWriter.Resource("aws_cloudwatch_event_rule", name, b =>
        {
            b.Set("name", physical.Length > 64 ? physical[..64] : physical).Set("event_bus_name", bus);
            rule(b);
        });
        yield return TerraformWriter.Resource("aws_cloudwatch_event_target", name, b => b
            .Set("rule", HclValue.Expr($"aws_cloudwatch_event_rule.{name}.name"))
            .Set("event_bus_name", bus)
            .Set("target_id", "lambda")
            .Set("arn", HclValue.Expr(TfNames.TargetArn(f))));
        yield return TerraformWriter.Permission(f, name, statementId, "events.amazonaws.com", HclValue.Expr($"aws_cloudwatch_event_rule.{name}.arn"));
    }
}
