using ServerlessSdk.Tooling.IaC.CloudFormation;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.IaC.Yaml;

namespace ServerlessSdk.Tooling.IaC.Sam;

/// <summary>A function's triggers as SAM event sources, named by kind and position (<c>Http1</c>, <c>Sqs1</c>, …).</summary>
internal static class SamEvents
{
    public static YamlMap For(FunctionModel f, ServiceModel model)
    {
        var settings = model.Settings;
        var events = new YamlMap();
        var t = f.Triggers;
        Add(events, "Http", t.Http, r => Event("HttpApi", HttpApi(r)));
        Add(events, "Sqs", t.Sqs, q => Event("SQS", new YamlMap()
            .Add("Queue", YamlMap.GetAtt(CfnNames.Queue(q.Queue), "Arn"))
            .Add("BatchSize", q.BatchSize)
            .Add("MaximumBatchingWindowInSeconds", q.MaximumBatchingWindowSeconds)
            .AddIf("FunctionResponseTypes", ResponseTypes(q.ReportBatchItemFailures))));
        Add(events, "Sns", t.Sns, s => Event("SNS", new YamlMap()
            .Add("Topic", YamlMap.Ref(CfnNames.Topic(s.Topic)))
            .AddIf("FilterPolicy", s.FilterPolicy is null ? null : YamlNode.FromJson(s.FilterPolicy))));
        Add(events, "Rule", t.EventBridge, e => Event("EventBridgeRule", new YamlMap()
            .Add("EventBusName", model.IsDeclaredBus(e.EventBus) ? YamlMap.Ref(CfnNames.EventBus(e.EventBus)) : (YamlNode)e.EventBus)
            .Add("Pattern", YamlNode.FromJson(e.EventPattern))));
        Add(events, "Schedule", t.Schedules, s => Event("Schedule", new YamlMap()
            .Add("Schedule", s.Expression)
            .Add("Enabled", s.Enabled)));
        Add(events, "S3", t.S3, s => Event("S3", S3(s)));
        Add(events, "DynamoDb", t.DynamoDb, d => Event("DynamoDB", Stream(
            f.IsDeclaredTable(d.Table) ? YamlMap.GetAtt(CfnNames.Table(d.Table), "StreamArn") : YamlMap.Ref(CfnNames.StreamArnParameter(d.Table)), d.StartingPosition, d.BatchSize, d.BisectBatchOnError, d.ReportBatchItemFailures, f, settings)));
        Add(events, "Kinesis", t.Kinesis, k => Event("Kinesis", Stream(
            YamlMap.GetAtt(CfnNames.Stream(k.Stream), "Arn"), k.StartingPosition, k.BatchSize, k.BisectBatchOnError, k.ReportBatchItemFailures, f, settings)));
        return events;
    }

    public static string StartingPosition(StreamStartingPosition position) =>
        position == StreamStartingPosition.Latest ? "LATEST" : "TRIM_HORIZON";

    private static void Add<T>(YamlMap events, string prefix, IReadOnlyList<T> triggers, Func<T, YamlMap> build)
    {
        for (var i = 0; i < triggers.Count; i++)
        {
            events.Add($"{prefix}{i + 1}", build(triggers[i]));
        }
    }

    private static YamlMap Event(string type, YamlMap properties) => new YamlMap().Add("Type", type).Add("Properties", properties);

    private static YamlMap HttpApi(HttpRouteTrigger route)
    {
        var properties = new YamlMap()
            .Add("ApiId", YamlMap.Ref(CfnNames.HttpApi))
            .Add("Method", route.Method)
            .Add("Path", route.Path)
            .Add("PayloadFormatVersion", "2.0");
        return route.Auth switch
        {
            HttpAuth.Iam => properties.Add("Auth", new YamlMap().Add("Authorizer", "AWS_IAM")),
            HttpAuth.Jwt => properties.Add("Auth", new YamlMap()
                .Add("Authorizer", CfnNames.JwtAuthorizer)
                .AddIf("AuthorizationScopes", route.Scopes.Count > 0 ? YamlSeq.Strings(route.Scopes) : null)),
            _ => properties, // no Auth: the API has no default authorizer, so the route is open
        };
    }

    private static YamlMap S3(S3Trigger s3)
    {
        var properties = new YamlMap()
            .Add("Bucket", YamlMap.Ref(CfnNames.Bucket(s3.Bucket)))
            .Add("Events", YamlSeq.Strings(s3.Events));
        var rules = new List<YamlNode>();
        if (s3.Prefix is { } prefix)
        {
            rules.Add(new YamlMap().Add("Name", "prefix").Add("Value", prefix));
        }

        if (s3.Suffix is { } suffix)
        {
            rules.Add(new YamlMap().Add("Name", "suffix").Add("Value", suffix));
        }

        return properties.AddIf("Filter", rules.Count > 0 ? new YamlMap().Add("S3Key", new YamlMap().Add("Rules", new YamlSeq(rules))) : null);
    }

    /// <summary>A stream mapping that gives up on a poison batch: bounded retries and age, then the function's dead-letter queue.</summary>
    private static YamlMap Stream(YamlNode arn, StreamStartingPosition position, int batchSize, bool bisect, bool reportFailures, FunctionModel f, IaCSettings settings) => new YamlMap()
        .Add("Stream", arn)
        .Add("StartingPosition", StartingPosition(position))
        .Add("BatchSize", batchSize)
        .Add("BisectBatchOnFunctionError", bisect)
        .Add("MaximumRetryAttempts", settings.Project.StreamMaxRetryAttempts)
        .Add("MaximumRecordAgeInSeconds", settings.Project.StreamMaxRecordAgeSeconds)
        .Add("DestinationConfig", new YamlMap().Add("OnFailure", new YamlMap()
            .Add("Type", "SQS")
            .Add("Destination", YamlMap.GetAtt(CfnNames.FailureQueue(f), "Arn"))))
        .AddIf("FunctionResponseTypes", ResponseTypes(reportFailures));

    private static YamlSeq? ResponseTypes(bool reportFailures) => reportFailures ? YamlSeq.Of("ReportBatchItemFailures") : null;
}
