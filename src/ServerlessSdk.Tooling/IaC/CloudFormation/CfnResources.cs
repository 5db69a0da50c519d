using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.IaC.Yaml;

namespace ServerlessSdk.Tooling.IaC.CloudFormation;

/// <summary>
/// Plain CloudFormation resources both CloudFormation-based formats (SAM, Serverless Framework) declare the same way:
/// roles, log groups, queues, topics, streams and alarms.
/// </summary>
internal static class CfnResources
{
    public const string PolicyVersion = "2012-10-17";

    /// <summary>Two weeks, SQS's longest retention: time to inspect and redrive dead letters.</summary>
    public const int DeadLetterRetentionSeconds = 1209600;

    public static YamlMap Resource(string type, YamlMap properties) => new YamlMap().Add("Type", type).Add("Properties", properties);

    /// <summary>The function's own role: assumable by Lambda only, with one inline least-privilege policy.</summary>
    public static YamlMap Role(FunctionModel function, Func<DynamoDbStreamResource, YamlNode> dynamoDbStreamArn)
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
                .Add("PolicyDocument", new YamlMap().Add("Version", PolicyVersion).Add("Statement", new YamlSeq(statements))))));
    }

    public static YamlMap LogGroup(FunctionModel function) => Resource("AWS::Logs::LogGroup", new YamlMap()
        .Add("LogGroupName", function.LogGroupName)
        .Add("RetentionInDays", function.LogRetentionDays));

    /// <summary>The queue and, when it has a redrive policy, its dead-letter queue (logical ID → resource).</summary>
    public static IEnumerable<(string LogicalId, YamlMap Resource)> Queue(QueueModel queue)
    {
        var properties = new YamlMap()
            .Add("QueueName", queue.Name)
            .Add("VisibilityTimeout", queue.VisibilityTimeout);
        if (queue.HasDeadLetterQueue)
        {
            properties.Add("RedrivePolicy", new YamlMap()
                .Add("deadLetterTargetArn", YamlMap.GetAtt(CfnNames.DeadLetterQueue(queue.Name), "Arn"))
                .Add("maxReceiveCount", queue.MaxReceiveCount));
        }

        yield return (CfnNames.Queue(queue.Name), Resource("AWS::SQS::Queue", properties));
        if (queue.HasDeadLetterQueue)
        {
            yield return (CfnNames.DeadLetterQueue(queue.Name), Resource("AWS::SQS::Queue", new YamlMap()
                .Add("QueueName", queue.DeadLetterName)
                .Add("MessageRetentionPeriod", DeadLetterRetentionSeconds)));
        }
    }

    public static YamlMap Topic(string topic) => Resource("AWS::SNS::Topic", new YamlMap().Add("TopicName", topic));

    /// <summary>An on-demand stream: no shard count to size.</summary>
    public static YamlMap Stream(string stream) => Resource("AWS::Kinesis::Stream", new YamlMap()
        .Add("Name", stream)
        .Add("StreamModeDetails", new YamlMap().Add("StreamMode", "ON_DEMAND")));

    /// <summary>Errors, throttles and p99 duration near the timeout, each over one minute.</summary>
    public static IEnumerable<(string LogicalId, YamlMap Resource)> Alarms(FunctionModel function, YamlNode functionName)
    {
        yield return (CfnNames.Alarm(function, "Errors"), Alarm(function, "errors", "Errors", "Sum", 1, functionName));
        yield return (CfnNames.Alarm(function, "Throttles"), Alarm(function, "throttles", "Throttles", "Sum", 1, functionName));
        yield return (CfnNames.Alarm(function, "Duration"), Alarm(function, "duration-p99", "Duration", "p99", AlarmThresholds.DurationThresholdMilliseconds(function), functionName));
    }

    public static YamlNode Arn(IamResource resource, Func<DynamoDbStreamResource, YamlNode> dynamoDbStreamArn) => resource switch
    {
        LogGroupResource r => YamlMap.GetAtt(Naming.Pascal(r.Function) + "LogGroup", "Arn"),
        QueueResource r => YamlMap.GetAtt(CfnNames.Queue(r.Queue), "Arn"),
        KinesisStreamResource r => YamlMap.GetAtt(CfnNames.Stream(r.Stream), "Arn"),
        DynamoDbStreamResource r => dynamoDbStreamArn(r),
        LiteralResource r => r.Arn,
        AnyResource => "*",
        _ => throw new InvalidOperationException("unknown IAM resource " + resource),
    };

    private static YamlMap Alarm(FunctionModel function, string suffix, string metric, string statistic, int threshold, YamlNode functionName)
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
            .Add("TreatMissingData", "notBreaching"));
    }

    /// <summary>A stack output.</summary>
    public static YamlMap Output(string description, YamlNode value) => new YamlMap().Add("Description", description).Add("Value", value);

    /// <summary>Each queue's URL, and its dead-letter queue's.</summary>
    public static IEnumerable<(string Name, YamlMap Output)> QueueOutputs(ServiceModel model) => model.Queues.SelectMany(queue =>
        queue.HasDeadLetterQueue
            ? new[] { QueueUrl(queue.Name, queue.Name), QueueUrl(queue.DeadLetterName, queue.Name, deadLetter: true) }
            : [QueueUrl(queue.Name, queue.Name)]);

    /// <summary>Each topic's ARN.</summary>
    public static IEnumerable<(string Name, YamlMap Output)> TopicOutputs(ServiceModel model) =>
        model.Topics.Select(topic => (CfnNames.Topic(topic) + "Arn", Output($"{topic} topic ARN", YamlMap.Ref(CfnNames.Topic(topic)))));

    /// <summary>Each Kinesis stream's ARN.</summary>
    public static IEnumerable<(string Name, YamlMap Output)> StreamOutputs(ServiceModel model) =>
        model.KinesisStreams.Select(stream => (CfnNames.Stream(stream) + "Arn", Output($"{stream} stream ARN", YamlMap.GetAtt(CfnNames.Stream(stream), "Arn"))));

    private static (string, YamlMap) QueueUrl(string displayName, string queue, bool deadLetter = false)
    {
        var id = deadLetter ? CfnNames.DeadLetterQueue(queue) : CfnNames.Queue(queue);
        return (id + "Url", Output($"{displayName} queue URL", YamlMap.Ref(id)));
    }
}
