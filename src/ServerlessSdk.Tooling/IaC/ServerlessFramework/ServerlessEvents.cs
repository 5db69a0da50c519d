using ServerlessSdk.Tooling.IaC.CloudFormation;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.IaC.Sam;
using ServerlessSdk.Tooling.IaC.Yaml;

namespace ServerlessSdk.Tooling.IaC.ServerlessFramework;

/// <summary>A function's triggers as Serverless Framework v3 events.</summary>
internal static class ServerlessEvents
{
    public static YamlSeq For(FunctionModel f, ServiceModel model)
    {
        var t = f.Triggers;
        var events = new List<YamlNode>();
        events.AddRange(t.Http.Select(r => Event("httpApi", HttpApi(r))));
        events.AddRange(t.Sqs.Select(q => Event("sqs", new YamlMap()
            .Add("arn", YamlMap.GetAtt(CfnNames.Queue(q.Queue), "Arn"))
            .Add("batchSize", q.BatchSize)
            .Add("maximumBatchingWindow", q.MaximumBatchingWindowSeconds)
            .AddIf("functionResponseType", q.ReportBatchItemFailures ? "ReportBatchItemFailures" : null))));
        events.AddRange(t.Sns.Select(s => Event("sns", new YamlMap()
            .Add("arn", YamlMap.Ref(CfnNames.Topic(s.Topic)))
            .Add("topicName", model.Physical(s.Topic))
            .AddIf("filterPolicy", s.FilterPolicy is null ? null : YamlNode.FromJson(s.FilterPolicy)))));
        events.AddRange(t.EventBridge.Select(e => Event("eventBridge", new YamlMap()
            .AddIf("eventBus", e.EventBus == "default" ? null : model.IsDeclaredBus(e.EventBus) ? YamlMap.GetAtt(CfnNames.EventBus(e.EventBus), "Name") : BusArn(e.EventBus))
            .Add("pattern", YamlNode.FromJson(e.EventPattern)))));
        events.AddRange(t.Schedules.Select(s => Event("schedule", new YamlMap()
            .Add("rate", YamlSeq.Of(s.Expression))
            .Add("enabled", s.Enabled))));
        events.AddRange(t.S3.SelectMany(S3));
        var settings = model.Settings;
        events.AddRange(t.DynamoDb.Select(d => Event("stream", Stream(
            "dynamodb", f.IsDeclaredTable(d.Table) ? YamlMap.GetAtt(CfnNames.Table(d.Table), "StreamArn") : $"${{param:{ServerlessYamlWriter.StreamArnParameter(d.Table)}}}", d.StartingPosition, d.BatchSize, d.BisectBatchOnError, d.ReportBatchItemFailures, f, settings))));
        events.AddRange(t.Kinesis.Select(k => Event("stream", Stream(
            "kinesis", YamlMap.GetAtt(CfnNames.Stream(k.Stream), "Arn"), k.StartingPosition, k.BatchSize, k.BisectBatchOnError, k.ReportBatchItemFailures, f, settings))));
        return new YamlSeq(events);
    }

    private static YamlMap Event(string type, YamlMap properties) => new YamlMap().Add(type, properties);

    private static YamlMap HttpApi(HttpRouteTrigger route)
    {
        var properties = new YamlMap()
            .Add("method", route.Method == "ANY" ? "*" : route.Method)
            .Add("path", route.Path);
        return route.Auth switch
        {
            HttpAuth.Iam => properties.Add("authorizer", new YamlMap().Add("type", "aws_iam")),
            HttpAuth.Jwt => properties.Add("authorizer", new YamlMap()
                .Add("name", CfnNames.JwtAuthorizer)
                .AddIf("scopes", route.Scopes.Count > 0 ? YamlSeq.Strings(route.Scopes) : null)),
            _ => properties,
        };
    }

    /// <summary>An existing bus by ARN (a bare name would make the framework create the bus).</summary>
    /// <summary>
    /// A custom bus is the user's, like a DynamoDB table: v3 would create a bus given only its name, and accepts no
    /// intrinsic function that builds an ARN, so the ARN is an input (<c>--param</c>).
    /// </summary>
    private static YamlNode BusArn(string bus) => bus.StartsWith("arn:", StringComparison.Ordinal) ? bus : $"${{param:{ServerlessYamlWriter.EventBusArnParameter(bus)}}}";

    /// <summary>
    /// The framework takes one S3 event name per entry and creates the bucket with the notifications, with the
    /// properties of its <c>provider.s3</c> entry, which the event names by key.
    /// </summary>
    private static IEnumerable<YamlNode> S3(S3Trigger s3) => s3.Events.Select(name =>
    {
        var rules = new List<YamlNode>();
        if (s3.Prefix is { } prefix)
        {
            rules.Add(new YamlMap().Add("prefix", prefix));
        }

        if (s3.Suffix is { } suffix)
        {
            rules.Add(new YamlMap().Add("suffix", suffix));
        }

        return (YamlNode)Event("s3", new YamlMap()
            .Add("bucket", Naming.Camel(s3.Bucket))
            .Add("event", name)
            .AddIf("rules", rules.Count > 0 ? new YamlSeq(rules) : null));
    });

    private static YamlMap Stream(string type, YamlNode arn, StreamStartingPosition position, int batchSize, bool bisect, bool reportFailures, FunctionModel f, IaCSettings settings) => new YamlMap()
        .Add("type", type)
        .Add("arn", arn)
        .Add("startingPosition", SamEvents.StartingPosition(position))
        .Add("batchSize", batchSize)
        .Add("bisectBatchOnFunctionError", bisect)
        .Add("maximumRetryAttempts", settings.Project.StreamMaxRetryAttempts)
        .Add("maximumRecordAgeInSeconds", settings.Project.StreamMaxRecordAgeSeconds)
        .Add("destinations", new YamlMap().Add("onFailure", ServerlessYamlWriter.FailureDestination(f)))
        .AddIf("functionResponseType", reportFailures ? "ReportBatchItemFailures" : null);
}
