using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.IaC.Yaml;

namespace ServerlessSdk.Tooling.IaC.CloudFormation;

/// <summary>
/// Plain CloudFormation resources both CloudFormation-based formats (SAM, Serverless Framework) declare the same way:
/// roles, log groups, queues, topics, streams, bucket settings and alarms, each encrypted, private and tagged by default.
/// </summary>
internal static class CfnResources
{
    public const string PolicyVersion = "2012-10-17";

    /// <summary>Two weeks, SQS's longest retention: time to inspect and redrive dead letters.</summary>
    public const int DeadLetterRetentionSeconds = 1209600;

    public static YamlMap Resource(string type, YamlMap properties) => new YamlMap().Add("Type", type).Add("Properties", properties);

    /// <summary>The function's own role: assumable by Lambda only, with one inline least-privilege policy.</summary>
    public static YamlMap Role(FunctionModel function, ServiceModel model, Func<DynamoDbStreamResource, YamlNode> dynamoDbStreamArn)
    {
        var statements = IamPolicies.For(function).Select(s => (YamlNode)new YamlMap()
            .Add("Sid", s.Sid)
            .Add("Effect", "Allow")
            .Add("Action", YamlSeq.Strings(s.Actions))
            .Add("Resource", new YamlSeq(s.Resources.Select(r => Arn(r, dynamoDbStreamArn)))));
        var trust = new YamlMap()
            .Add("Version", PolicyVersion)
            .Add("Statement", YamlSeq.Of(new YamlMap()
                .Add("Effect", "Allow")
                .Add("Principal", new YamlMap().Add("Service", "lambda.amazonaws.com"))
                .Add("Action", "sts:AssumeRole")));
        return Resource("AWS::IAM::Role", new YamlMap()
            .Add("AssumeRolePolicyDocument", trust)
            .Add("Policies", YamlSeq.Of(new YamlMap()
                .Add("PolicyName", "least-privilege")
                .Add("PolicyDocument", new YamlMap().Add("Version", PolicyVersion).Add("Statement", new YamlSeq(statements)))))
            .Add("Tags", Tags(model)));
    }

    public static YamlMap LogGroup(FunctionModel function, ServiceModel model) => LogGroup(function.LogGroupName, function.LogRetentionDays, model);

    public static YamlMap LogGroup(string name, int retentionDays, ServiceModel model) => Resource("AWS::Logs::LogGroup", new YamlMap()
        .Add("LogGroupName", name)
        .Add("RetentionInDays", retentionDays)
        .Add("Tags", Tags(model)));

    /// <summary>The tags of every taggable resource, in CloudFormation's list form.</summary>
    public static YamlSeq Tags(ServiceModel model) =>
        new(model.Tags.Select(t => (YamlNode)new YamlMap().Add("Key", t.Key).Add("Value", t.Value)));

    /// <summary>The same tags as a map, the form SAM's function and HTTP API take.</summary>
    public static YamlMap TagMap(ServiceModel model)
    {
        var tags = new YamlMap();
        foreach (var (key, value) in model.Tags)
        {
            tags.Add(key, value);
        }

        return tags;
    }

    /// <summary>The queue and, when it has a redrive policy, its dead-letter queue (logical ID → resource).</summary>
    public static IEnumerable<(string LogicalId, YamlMap Resource)> Queue(QueueModel queue, ServiceModel model)
    {
        var properties = new YamlMap()
            .Add("QueueName", queue.PhysicalName)
            .AddIf("FifoQueue", queue.Fifo ? (YamlNode)true : null)
            .Add("VisibilityTimeout", queue.VisibilityTimeout)
            .Add("SqsManagedSseEnabled", true);
        if (queue.HasDeadLetterQueue)
        {
            properties.Add("RedrivePolicy", new YamlMap()
                .Add("deadLetterTargetArn", YamlMap.GetAtt(CfnNames.DeadLetterQueue(queue.Name), "Arn"))
                .Add("maxReceiveCount", queue.MaxReceiveCount));
        }

        yield return (CfnNames.Queue(queue.Name), Resource("AWS::SQS::Queue", properties.Add("Tags", Tags(model))));
        if (queue.HasDeadLetterQueue)
        {
            yield return (CfnNames.DeadLetterQueue(queue.Name), DeadLetterQueue(queue.DeadLetterName, model, queue.Fifo));
        }
    }

    /// <summary>Each function's own dead-letter queue: where its failed asynchronous events and stream batches go.</summary>
    public static IEnumerable<(string LogicalId, YamlMap Resource)> FailureQueues(ServiceModel model) =>
        model.Functions.Where(f => f.HasFailureQueue).Select(f => (CfnNames.FailureQueue(f), DeadLetterQueue(f.FailureQueueName, model)));

    /// <summary>Encrypted at rest with SQS-managed keys (SSE-SQS): no key to manage, no KMS cost.</summary>
    private static YamlMap DeadLetterQueue(string name, ServiceModel model, bool fifo = false) => Resource("AWS::SQS::Queue", new YamlMap()
        .Add("QueueName", name)
        .AddIf("FifoQueue", fifo ? (YamlNode)true : null)
        .Add("MessageRetentionPeriod", DeadLetterRetentionSeconds)
        .Add("SqsManagedSseEnabled", true)
        .Add("Tags", Tags(model)));

    /// <summary>Encrypted with <c>ServerlessSnsKmsKeyId</c> (the AWS managed key unless set).</summary>
    public static YamlMap Topic(string topic, ServiceModel model) => Resource("AWS::SNS::Topic", new YamlMap()
        .Add("TopicName", model.Physical(topic))
        .Add("KmsMasterKeyId", model.Settings.Project.SnsKmsKeyId)
        .Add("Tags", Tags(model)));

    /// <summary>An on-demand stream (no shard count to size), encrypted with the AWS managed Kinesis key.</summary>
    public static YamlMap Stream(string stream, ServiceModel model) => Resource("AWS::Kinesis::Stream", new YamlMap()
        .Add("Name", model.Physical(stream))
        .Add("StreamModeDetails", new YamlMap().Add("StreamMode", "ON_DEMAND"))
        .Add("StreamEncryption", new YamlMap().Add("EncryptionType", "KMS").Add("KeyId", Settings.SettingDefaults.KinesisKmsKeyId))
        .Add("Tags", Tags(model)));

    /// <summary>
    /// A declared table: on demand (no capacity to size), encrypted at rest with the AWS managed key, point-in-time
    /// recovery unless turned off, and its stream, time to live and deletion protection as declared.
    /// </summary>
    public static YamlMap Table(DeclaredTable table, ServiceModel model)
    {
        var properties = new YamlMap()
            .Add("TableName", table.PhysicalName(model.Service))
            .Add("BillingMode", "PAY_PER_REQUEST")
            .Add("AttributeDefinitions", new YamlSeq(table.KeyAttributes.Select(k => (YamlNode)new YamlMap().Add("AttributeName", k.Name).Add("AttributeType", k.Type))))
            .Add("KeySchema", KeySchema(table.PartitionKey, table.SortKey))
            .AddIf("GlobalSecondaryIndexes", table.Indexes.Count == 0 ? null : new YamlSeq(table.Indexes.Select(i => (YamlNode)new YamlMap()
                .Add("IndexName", i.Name)
                .Add("KeySchema", KeySchema(i.PartitionKey, i.SortKey))
                .Add("Projection", new YamlMap().Add("ProjectionType", i.Projection)))))
            .Add("SSESpecification", new YamlMap().Add("SSEEnabled", true))
            .Add("PointInTimeRecoverySpecification", new YamlMap().Add("PointInTimeRecoveryEnabled", table.PointInTimeRecovery))
            .Add("DeletionProtectionEnabled", table.DeletionProtection)
            .AddIf("StreamSpecification", table.Stream is { } view ? new YamlMap().Add("StreamViewType", view) : null)
            .AddIf("TimeToLiveSpecification", table.TimeToLiveAttribute is { } ttl ? new YamlMap().Add("AttributeName", ttl).Add("Enabled", true) : null);
        return Resource("AWS::DynamoDB::Table", properties.Add("Tags", Tags(model)));
    }

    private static YamlSeq KeySchema(TableKey partitionKey, TableKey? sortKey) => new(
        new[] { (Key: partitionKey, Role: "HASH") }.Concat(sortKey is { } sort ? [(sort, "RANGE")] : [])
            .Select(k => (YamlNode)new YamlMap().Add("AttributeName", k.Key.Name).Add("KeyType", k.Role)));

    /// <summary>A declared custom event bus.</summary>
    public static YamlMap EventBus(string bus, ServiceModel model) => Resource("AWS::Events::EventBus", new YamlMap()
        .Add("Name", model.Physical(bus))
        .Add("Tags", Tags(model)));

    /// <summary>
    /// What a function's resource variable holds, in CloudFormation: each kind's <c>Ref</c> is exactly it (a table's
    /// or bus's name, a queue's URL, a topic's ARN). A bucket's is its AWS name as text: a bucket that notifies the
    /// function depends on it (through its permission), so the function must not depend on the bucket.
    /// </summary>
    public static YamlNode VariableValue(DeclaredResource resource, ServiceModel model) => resource switch
    {
        DeclaredTable t => YamlMap.Ref(CfnNames.Table(t.Name)),
        DeclaredQueue q => YamlMap.Ref(CfnNames.Queue(q.Name)),
        DeclaredTopic t => YamlMap.Ref(CfnNames.Topic(t.Name)),
        DeclaredBucket b => b.PhysicalName(model.Service),
        _ => YamlMap.Ref(CfnNames.EventBus(resource.Name)),
    };

    /// <summary>
    /// A bucket's properties: no public access (all four blocks), SSE-S3 default encryption and versioning when
    /// <see cref="ServiceModel.IsVersioned"/>. <paramref name="properties"/> is the start (SAM and the framework name
    /// the bucket differently).
    /// </summary>
    public static YamlMap SecureBucket(YamlMap properties, string bucket, ServiceModel model)
    {
        properties
            .Add("BucketEncryption", new YamlMap().Add("ServerSideEncryptionConfiguration", YamlSeq.Of(new YamlMap()
                .Add("ServerSideEncryptionByDefault", new YamlMap().Add("SSEAlgorithm", "AES256")))))
            .Add("PublicAccessBlockConfiguration", new YamlMap()
                .Add("BlockPublicAcls", true)
                .Add("BlockPublicPolicy", true)
                .Add("IgnorePublicAcls", true)
                .Add("RestrictPublicBuckets", true));
        if (model.IsVersioned(bucket))
        {
            properties.Add("VersioningConfiguration", new YamlMap().Add("Status", "Enabled"));
        }

        return properties;
    }

    /// <summary>The bucket policy that refuses every request not made over TLS.</summary>
    public static YamlMap TlsOnlyBucketPolicy(string bucketLogicalId) => Resource("AWS::S3::BucketPolicy", new YamlMap()
        .Add("Bucket", YamlMap.Ref(bucketLogicalId))
        .Add("PolicyDocument", new YamlMap()
            .Add("Version", PolicyVersion)
            .Add("Statement", YamlSeq.Of(new YamlMap()
                .Add("Sid", "DenyInsecureTransport")
                .Add("Effect", "Deny")
                .Add("Principal", "*")
                .Add("Action", "s3:*")
                // Fn::Join, not Fn::Sub: serverless.yml would read ${...} as one of its own variables.
                .Add("Resource", YamlSeq.Of(
                    YamlMap.GetAtt(bucketLogicalId, "Arn"),
                    new YamlMap().Add("Fn::Join", YamlSeq.Of(string.Empty, YamlSeq.Of(YamlMap.GetAtt(bucketLogicalId, "Arn"), "/*")))))
                .Add("Condition", new YamlMap().Add("Bool", new YamlMap().Add("aws:SecureTransport", "false")))))));

    /// <summary>Errors, throttles and p99 duration near the timeout, each over one minute.</summary>
    public static IEnumerable<(string LogicalId, YamlMap Resource)> Alarms(FunctionModel function, YamlNode functionName, ServiceModel model)
    {
        yield return (CfnNames.Alarm(function, "Errors"), Alarm(function, "errors", "Errors", "Sum", 1, functionName, model));
        yield return (CfnNames.Alarm(function, "Throttles"), Alarm(function, "throttles", "Throttles", "Sum", 1, functionName, model));
        yield return (CfnNames.Alarm(function, "Duration"), Alarm(function, "duration-p99", "Duration", "p99", AlarmThresholds.DurationThresholdMilliseconds(function), functionName, model));
    }

    /// <summary>An IAM resource's ARN.</summary>
    public static YamlNode Arn(IamResource resource, Func<DynamoDbStreamResource, YamlNode> dynamoDbStreamArn) => resource switch
    {
        TableResource r => YamlMap.GetAtt(CfnNames.Table(r.Table), "Arn"),
        TableStreamResource r => YamlMap.GetAtt(CfnNames.Table(r.Table), "StreamArn"),
        TableIndexesResource r => new YamlMap().Add("Fn::Join", YamlSeq.Of(string.Empty, YamlSeq.Of(YamlMap.GetAtt(CfnNames.Table(r.Table), "Arn"), "/index/*"))),
        TopicResource r => YamlMap.Ref(CfnNames.Topic(r.Topic)),
        BucketResource r => BucketArn(r.PhysicalName, string.Empty),
        BucketObjectsResource r => BucketArn(r.PhysicalName, "/*"),
        EventBusResource r => YamlMap.GetAtt(CfnNames.EventBus(r.Bus), "Arn"),
        LogGroupResource r => YamlMap.GetAtt(Naming.Pascal(r.Function) + "LogGroup", "Arn"),
        QueueResource r => YamlMap.GetAtt(CfnNames.Queue(r.Queue), "Arn"),
        FailureQueueResource r => YamlMap.GetAtt(CfnNames.FailureQueue(r.Function), "Arn"),
        KinesisStreamResource r => YamlMap.GetAtt(CfnNames.Stream(r.Stream), "Arn"),
        DynamoDbStreamResource r => dynamoDbStreamArn(r),
        LiteralResource r => r.Arn,
        AnyResource => "*",
        _ => throw new InvalidOperationException("unknown IAM resource " + resource),
    };

    /// <summary>
    /// A bucket's ARN from its name (see <see cref="BucketResource"/>), in the stack's partition. Fn::Join, not
    /// Fn::Sub: serverless.yml would read ${...} as one of its own variables.
    /// </summary>
    private static YamlMap BucketArn(string bucket, string suffix) =>
        new YamlMap().Add("Fn::Join", YamlSeq.Of(string.Empty, YamlSeq.Of("arn:", YamlMap.Ref("AWS::Partition"), $":s3:::{bucket}{suffix}")));

    private static YamlMap Alarm(FunctionModel function, string suffix, string metric, string statistic, int threshold, YamlNode functionName, ServiceModel model)
    {
        var properties = new YamlMap()
            .Add("AlarmName", $"{function.PhysicalName}-{suffix}")
            .Add("Namespace", "AWS/Lambda")
            .Add("MetricName", metric)
            .Add("Dimensions", YamlSeq.Of(new YamlMap().Add("Name", "FunctionName").Add("Value", functionName)));
        if (statistic.StartsWith('p'))
        {
            properties.Add("ExtendedStatistic", statistic);
        }
        else
        {
            properties.Add("Statistic", statistic);
        }

        return Resource("AWS::CloudWatch::Alarm", properties
            .Add("Period", AlarmThresholds.PeriodSeconds)
            .Add("EvaluationPeriods", 1)
            .Add("Threshold", threshold)
            .Add("ComparisonOperator", "GreaterThanOrEqualToThreshold")
            .Add("TreatMissingData", "notBreaching")
            .Add("Tags", Tags(model)));
    }

    /// <summary>A stack output.</summary>
    public static YamlMap Output(string description, YamlNode value) => new YamlMap().Add("Description", description).Add("Value", value);

    /// <summary>Each queue's URL, and its dead-letter queue's.</summary>
    public static IEnumerable<(string Name, YamlMap Output)> QueueOutputs(ServiceModel model) => model.Queues.SelectMany(queue =>
        queue.HasDeadLetterQueue
            ? new[] { QueueUrl(queue.PhysicalName, queue.Name), QueueUrl(queue.DeadLetterName, queue.Name, deadLetter: true) }
            : [QueueUrl(queue.PhysicalName, queue.Name)]);

    /// <summary>Each function dead-letter queue's URL, to inspect and redrive failed events.</summary>
    public static IEnumerable<(string Name, YamlMap Output)> FailureQueueOutputs(ServiceModel model) =>
        model.Functions.Where(f => f.HasFailureQueue).Select(f => (CfnNames.FailureQueue(f) + "Url", Output($"{f.FailureQueueName} queue URL (failed events of {f.Name})", YamlMap.Ref(CfnNames.FailureQueue(f)))));

    /// <summary>Each topic's ARN.</summary>
    public static IEnumerable<(string Name, YamlMap Output)> TopicOutputs(ServiceModel model) =>
        model.Topics.Select(topic => (CfnNames.Topic(topic) + "Arn", Output($"{model.Physical(topic)} topic ARN", YamlMap.Ref(CfnNames.Topic(topic)))));

    /// <summary>Each Kinesis stream's ARN.</summary>
    public static IEnumerable<(string Name, YamlMap Output)> StreamOutputs(ServiceModel model) =>
        model.KinesisStreams.Select(stream => (CfnNames.Stream(stream) + "Arn", Output($"{model.Physical(stream)} stream ARN", YamlMap.GetAtt(CfnNames.Stream(stream), "Arn"))));

    /// <summary>Each declared table's and event bus's name.</summary>
    public static IEnumerable<(string Name, YamlMap Output)> DeclaredOutputs(ServiceModel model) =>
        model.Tables.Select(t => (CfnNames.Table(t.Name) + "Name", Output($"{t.PhysicalName(model.Service)} table name", YamlMap.Ref(CfnNames.Table(t.Name)))))
            .Concat(model.EventBuses.Select(b => (CfnNames.EventBus(b) + "Name", Output($"{model.Physical(b)} event bus name", YamlMap.Ref(CfnNames.EventBus(b))))));

    private static (string, YamlMap) QueueUrl(string displayName, string queue, bool deadLetter = false)
    {
        var id = deadLetter ? CfnNames.DeadLetterQueue(queue) : CfnNames.Queue(queue);
        return (id + "Url", Output($"{displayName} queue URL", YamlMap.Ref(id)));
    }
}
