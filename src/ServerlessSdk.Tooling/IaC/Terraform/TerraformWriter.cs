using ServerlessSdk.Tooling.IaC.Hcl;
using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.IaC.Sam;

namespace ServerlessSdk.Tooling.IaC.Terraform;

/// <summary>
/// <c>main.tf</c>, <c>variables.tf</c> and <c>outputs.tf</c> for the AWS provider v6. Users extend the module with
/// their own <c>.tf</c> files in the same folder; Terraform reads them all as one module.
/// </summary>
internal static class TerraformWriter
{
    public const string MainFile = "main.tf";
    public const string VariablesFile = "variables.tf";
    public const string OutputsFile = "outputs.tf";

    public static string Main(ServiceModel model)
    {
        var blocks = new List<HclBlock>
        {
            Block("terraform", [], b => b
                .Set("required_version", ">= 1.5.0")
                .Block("required_providers", p => p.Set("aws", new HclObject().Add("source", "hashicorp/aws").Add("version", "~> 6.0")))),
            // default_tags reach every taggable resource of the module.
            Block("provider", ["aws"], b => b
                .Set("region", HclValue.Expr("var.region"))
                .Block("default_tags", t => t.Set("tags", Tags(model)))),
        };
        if (model.Buckets.Count > 0)
        {
            blocks.Add(Block("data", ["aws_caller_identity", "current"], _ => { }));
        }

        foreach (var f in model.Functions)
        {
            blocks.AddRange(TerraformFunction.Blocks(f, model));
        }

        blocks.AddRange(TerraformHttpApi.Blocks(model));
        blocks.AddRange(model.Queues.SelectMany(Queue));
        blocks.AddRange(model.Functions.Where(f => f.HasFailureQueue).Select(f => DeadLetterQueue(TfNames.FailureQueueName(f), f.FailureQueueName)));
        blocks.AddRange(model.Topics.Select(t => Resource("aws_sns_topic", Naming.Snake(t), b => b
            .Set("name", model.Physical(t))
            .Set("kms_master_key_id", model.Settings.Project.SnsKmsKeyId))));
        foreach (var bucket in model.Buckets)
        {
            blocks.AddRange(TerraformBucket.Blocks(bucket, model));
            if (model.HasNotifications(bucket))
            {
                blocks.Add(Notification(bucket, model));
            }
        }

        blocks.AddRange(model.KinesisStreams.Select(s => Resource("aws_kinesis_stream", Naming.Snake(s), b => b
            .Set("name", model.Physical(s))
            .Set("encryption_type", "KMS")
            .Set("kms_key_id", Settings.SettingDefaults.KinesisKmsKeyId)
            .Block("stream_mode_details", d => d.Set("stream_mode", "ON_DEMAND")))));
        blocks.AddRange(model.Tables.Select(t => Table(t, model)));
        blocks.AddRange(model.EventBuses.Select(bus => Resource("aws_cloudwatch_event_bus", Naming.Snake(bus), b => b.Set("name", model.Physical(bus)))));
        blocks.AddRange(TerraformEventRules.Blocks(model));
        return HclWriter.Write(blocks);
    }

    public static string Variables(ServiceModel model)
    {
        var blocks = new List<HclBlock>
        {
            Block("variable", ["region"], b => b
                .Set("description", "AWS region to deploy to; null uses the provider's default (AWS_REGION, profile).")
                .Set("type", HclValue.Expr("string"))
                .Set("default", HclValue.Expr("null"))),
        };
        if (model.HasHttpApi)
        {
            blocks.Add(Block("variable", ["stage"], b => b
                .Set("description", "HTTP API stage name; $default is auto-deployed at the API's root URL.")
                .Set("type", HclValue.Expr("string"))
                .Set("default", model.Settings.Project.StageName)));
        }

        blocks.AddRange(model.DynamoDbTables.Select(table => Block("variable", [TfNames.StreamArnVariable(table)], b => b
            .Set("description", $"Stream ARN of the DynamoDB table '{table}' (the table is yours; enable its stream).")
            .Set("type", HclValue.Expr("string")))));
        return HclWriter.Write(blocks);
    }

    public static string Outputs(ServiceModel model)
    {
        var blocks = new List<HclBlock>();
        if (model.HasHttpApi)
        {
            blocks.Add(Output("api_url", "HTTP API base URL", "aws_apigatewayv2_stage.http.invoke_url"));
        }

        foreach (var f in model.Functions)
        {
            blocks.Add(Output(f.Snake + "_function_name", $"{f.Name} function name", TfNames.Function(f) + ".function_name"));
            blocks.Add(Output(f.Snake + "_function_arn", $"{f.Name} function ARN", TfNames.Function(f) + ".arn"));
        }

        foreach (var queue in model.Queues)
        {
            blocks.Add(Output(Naming.Snake(queue.Name) + "_queue_url", $"{queue.PhysicalName} queue URL", TfNames.Queue(queue.Name) + ".url"));
            if (queue.HasDeadLetterQueue)
            {
                blocks.Add(Output(Naming.Snake(queue.Name) + "_dlq_url", $"{queue.DeadLetterName} queue URL", TfNames.DeadLetterQueue(queue.Name) + ".url"));
            }
        }

        blocks.AddRange(model.Functions.Where(f => f.HasFailureQueue).Select(f => Output(TfNames.FailureQueueName(f) + "_url", $"{f.FailureQueueName} queue URL (failed events of {f.Name})", TfNames.FailureQueue(f) + ".url")));
        blocks.AddRange(model.Topics.Select(t => Output(Naming.Snake(t) + "_topic_arn", $"{model.Physical(t)} topic ARN", TfNames.Topic(t) + ".arn")));
        blocks.AddRange(model.Buckets.Select(b => Output(Naming.Snake(b) + "_bucket_name", $"{model.Physical(b)} bucket name", TfNames.Bucket(b) + ".bucket")));
        blocks.AddRange(model.KinesisStreams.Select(s => Output(Naming.Snake(s) + "_stream_arn", $"{model.Physical(s)} stream ARN", TfNames.Stream(s) + ".arn")));
        blocks.AddRange(model.Tables.Select(t => Output(Naming.Snake(t.Name) + "_table_name", $"{t.PhysicalName(model.Service)} table name", TfNames.Table(t.Name) + ".name")));
        blocks.AddRange(model.EventBuses.Select(b => Output(Naming.Snake(b) + "_event_bus_name", $"{model.Physical(b)} event bus name", TfNames.EventBus(b) + ".name")));
        return HclWriter.Write(blocks);
    }

    public static HclBlock Resource(string type, string name, Action<HclBody> build) => Block("resource", [type, name], build);

    public static HclBlock Block(string type, string[] labels, Action<HclBody> build)
    {
        var body = new HclBody();
        build(body);
        return new HclBlock(type, labels, body);
    }

    /// <summary>A policy document as <c>jsonencode({...})</c>.</summary>
    public static HclValue PolicyDocument(IEnumerable<IamStatement> statements) => HclValue.JsonEncode(new HclObject()
        .Add("Version", "2012-10-17")
        .Add("Statement", new HclList(statements.Select(s => (HclValue)new HclObject()
            .Add("Sid", s.Sid)
            .Add("Effect", "Allow")
            .Add("Action", HclList.Strings(s.Actions))
            .Add("Resource", new HclList(s.Resources.Select(Arn)))))));

    public static HclValue Arn(IamResource resource) => resource switch
    {
        LogGroupResource r => new HclTemplate($"${{aws_cloudwatch_log_group.{Naming.Snake(r.Function)}.arn}}:*"),
        QueueResource r => HclValue.Expr(TfNames.Queue(r.Queue) + ".arn"),
        FailureQueueResource r => HclValue.Expr("aws_sqs_queue." + TfNames.FailureQueueName(r.Function) + ".arn"),
        KinesisStreamResource r => HclValue.Expr(TfNames.Stream(r.Stream) + ".arn"),
        DynamoDbStreamResource r => HclValue.Expr("var." + TfNames.StreamArnVariable(r.Table)),
        TableResource r => HclValue.Expr(TfNames.Table(r.Table) + ".arn"),
        TableStreamResource r => HclValue.Expr(TfNames.Table(r.Table) + ".stream_arn"),
        TableIndexesResource r => new HclTemplate($"${{{TfNames.Table(r.Table)}.arn}}/index/*"),
        TopicResource r => HclValue.Expr(TfNames.Topic(r.Topic) + ".arn"),
        BucketResource r => HclValue.Expr(TfNames.Bucket(r.Bucket) + ".arn"),
        BucketObjectsResource r => new HclTemplate($"${{{TfNames.Bucket(r.Bucket)}.arn}}/*"),
        EventBusResource r => HclValue.Expr(TfNames.EventBus(r.Bus) + ".arn"),
        LiteralResource r => r.Arn,
        AnyResource => "*",
        _ => throw new InvalidOperationException("unknown IAM resource " + resource),
    };

    /// <summary>A resource-based permission letting <paramref name="principal"/> invoke the function from <paramref name="sourceArn"/> only.</summary>
    public static HclBlock Permission(FunctionModel f, string name, string statementId, string principal, HclValue sourceArn, bool sourceAccount = false) =>
        Resource("aws_lambda_permission", name, b =>
        {
            b.Set("statement_id", statementId)
                .Set("action", "lambda:InvokeFunction")
                .Set("function_name", HclValue.Expr(TfNames.Function(f) + ".function_name"));
            if (f.HasAlias)
            {
                b.Set("qualifier", HclValue.Expr(TfNames.Alias(f) + ".name"));
            }

            b.Set("principal", principal).Set("source_arn", sourceArn);
            if (sourceAccount)
            {
                b.Set("source_account", HclValue.Expr("data.aws_caller_identity.current.account_id"));
            }
        });

    public static string StartingPosition(StreamStartingPosition position) => SamEvents.StartingPosition(position);

    /// <summary>What a function's resource variable holds: a table's, bucket's or bus's name, a queue's URL, a topic's ARN.</summary>
    public static HclValue VariableValue(DeclaredResource resource) => HclValue.Expr(resource switch
    {
        DeclaredTable t => TfNames.Table(t.Name) + ".name",
        DeclaredQueue q => TfNames.Queue(q.Name) + ".url",
        DeclaredTopic t => TfNames.Topic(t.Name) + ".arn",
        DeclaredBucket b => TfNames.Bucket(b.Name) + ".bucket",
        _ => TfNames.EventBus(resource.Name) + ".name",
    });

    /// <summary>A declared table: on demand, encrypted, point-in-time recovery unless turned off (as in CloudFormation).</summary>
    private static HclBlock Table(DeclaredTable table, ServiceModel model) => Resource("aws_dynamodb_table", Naming.Snake(table.Name), b =>
    {
        b.Set("name", table.PhysicalName(model.Service))
            .Set("billing_mode", "PAY_PER_REQUEST")
            .Set("hash_key", table.PartitionKey.Name)
            .SetIf("range_key", table.SortKey?.Name);
        foreach (var key in table.KeyAttributes)
        {
            b.Block("attribute", a => a.Set("name", key.Name).Set("type", key.Type));
        }

        foreach (var index in table.Indexes)
        {
            b.Block("global_secondary_index", g => g.Set("name", index.Name)
                .Set("hash_key", index.PartitionKey.Name)
                .SetIf("range_key", index.SortKey?.Name)
                .Set("projection_type", index.Projection));
        }

        b.Block("server_side_encryption", e => e.Set("enabled", true))
            .Block("point_in_time_recovery", p => p.Set("enabled", table.PointInTimeRecovery))
            .Set("deletion_protection_enabled", table.DeletionProtection);
        if (table.Stream is { } view)
        {
            b.Set("stream_enabled", true).Set("stream_view_type", view);
        }

        if (table.TimeToLiveAttribute is { } ttl)
        {
            b.Block("ttl", t => t.Set("attribute_name", ttl).Set("enabled", true));
        }
    });

    private static IEnumerable<HclBlock> Queue(QueueModel queue)
    {
        var name = Naming.Snake(queue.Name);
        yield return Resource("aws_sqs_queue", name, b =>
        {
            b.Set("name", queue.PhysicalName);
            if (queue.Fifo)
            {
                b.Set("fifo_queue", true);
            }

            b.Set("visibility_timeout_seconds", queue.VisibilityTimeout)
                .Set("sqs_managed_sse_enabled", true);
            if (queue.HasDeadLetterQueue)
            {
                b.Set("redrive_policy", HclValue.JsonEncode(new HclObject()
                    .Add("deadLetterTargetArn", HclValue.Expr(TfNames.DeadLetterQueue(queue.Name) + ".arn"))
                    .Add("maxReceiveCount", queue.MaxReceiveCount)));
            }
        });
        if (queue.HasDeadLetterQueue)
        {
            yield return DeadLetterQueue(name + "_dlq", queue.DeadLetterName, queue.Fifo);
        }
    }

    private static HclBlock DeadLetterQueue(string name, string physicalName, bool fifo = false) => Resource("aws_sqs_queue", name, b =>
    {
        b.Set("name", physicalName);
        if (fifo)
        {
            b.Set("fifo_queue", true);
        }

        b.Set("message_retention_seconds", CloudFormation.CfnResources.DeadLetterRetentionSeconds)
            .Set("sqs_managed_sse_enabled", true);
    });

    private static HclObject Tags(ServiceModel model)
    {
        var tags = new HclObject();
        foreach (var (key, value) in model.Tags)
        {
            tags.Add(key, value);
        }

        return tags;
    }

    private static HclBlock Notification(string bucket, ServiceModel model)
    {
        var notifications = model.Notifications(bucket).ToList();
        return Resource("aws_s3_bucket_notification", Naming.Snake(bucket), b =>
        {
            b.Set("bucket", HclValue.Expr(TfNames.Bucket(bucket) + ".id"));
            foreach (var (f, trigger) in notifications)
            {
                b.Block("lambda_function", l => l
                    .Set("lambda_function_arn", HclValue.Expr(TfNames.TargetArn(f)))
                    .Set("events", HclList.Strings(trigger.Events))
                    .SetIf("filter_prefix", trigger.Prefix)
                    .SetIf("filter_suffix", trigger.Suffix));
            }

            // S3 checks it may invoke each function when the notification is saved.
            var permissions = notifications
                .Select(n => (HclValue)HclValue.Expr($"aws_lambda_permission.{n.Function.Snake}_s3_{n.Function.Triggers.S3.ToList().IndexOf(n.Trigger) + 1}"))
                .ToList();
            b.Set("depends_on", new HclList(permissions));
        });
    }

    private static HclBlock Output(string name, string description, string expression) =>
        Block("output", [name], b => b.Set("description", description).Set("value", HclValue.Expr(expression)));
}
