using ServerlessSdk.Tooling.IaC.CloudFormation;
using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.IaC.Yaml;

namespace ServerlessSdk.Tooling.IaC.ServerlessFramework;

/// <summary>
/// <c>serverless.yml</c> for Serverless Framework v3 with <c>configValidationMode: error</c>. Each function names
/// its own least-privilege role (declared under <c>resources</c>), so the framework creates no shared role; native
/// events wire triggers and their permissions; queues, topics, streams, log groups and alarms are plain CloudFormation.
/// </summary>
internal static class ServerlessYamlWriter
{
    public const string FileName = "serverless.yml";
    public const string OverlayFileName = "serverless.overlay.yml";

    /// <summary>What the user's overlay file defines at its top level.</summary>
    /// <param name="Custom">It has a <c>custom</c> section.</param>
    /// <param name="Resources">It has a <c>resources</c> section (CloudFormation Resources/Outputs/…).</param>
    public sealed record Overlay(bool Custom, bool Resources);

    public static YamlMap Build(ServiceModel model, Overlay? overlay)
    {
        var settings = model.Settings;
        var provider = new YamlMap()
            .Add("name", "aws")
            .Add("runtime", settings.Project.Runtime.Name)
            .Add("architecture", settings.Project.Architecture.Name)
            .Add("memorySize", settings.Project.MemoryMb)
            .Add("timeout", settings.Project.TimeoutSeconds)
            // The framework tags the functions with tags and every resource of the stack with stackTags.
            .Add("tags", CfnResources.TagMap(model))
            .Add("stackTags", CfnResources.TagMap(model));
        if (model.HasHttpApi)
        {
            // Only the framework's HTTP API access log group takes this; each function's log group is ours.
            provider.Add("logRetentionInDays", settings.Project.LogRetentionDays)
                .Add("logs", new YamlMap().Add("httpApi", new YamlMap().Add("format", AccessLogFormat.Json)));
            var httpApi = new YamlMap().Add("payload", "2.0");
            if (model.HasJwtRoutes && model.JwtAuthorizer is { } jwt)
            {
                httpApi.Add("authorizers", new YamlMap().Add(CfnNames.JwtAuthorizer, new YamlMap()
                    .Add("identitySource", "$request.header.Authorization")
                    .Add("issuerUrl", jwt.Issuer)
                    .Add("audience", YamlSeq.Strings(jwt.Audiences))));
            }

            provider.Add("httpApi", httpApi);
        }

        if (model.Buckets.Any(model.HasNotifications))
        {
            provider.Add("s3", Buckets(model));
        }

        var functions = new YamlMap();
        foreach (var f in model.Functions)
        {
            functions.Add(f.Name, Function(f, model));
        }

        var root = new YamlMap()
            .Add("service", model.Service)
            .Add("frameworkVersion", "3")
            .Add("configValidationMode", "error")
            .Add("provider", provider)
            .Add("package", new YamlMap().Add("individually", true))
            .Add("functions", functions);

        var outputs = Outputs(model);
        var resources = new YamlMap()
            .Add("Resources", Resources(model))
            .AddIf("Outputs", outputs.Entries.Count > 0 ? outputs : null)
            .AddIf("extensions", model.HasHttpApi ? Throttling(model) : null);
        var reference = $"${{file(./{OverlayFileName})";
        if (overlay is { Resources: true })
        {
            // The framework merges a list of resource fragments into one.
            root.Add("resources", YamlSeq.Of(resources, reference + ":resources}"));
        }
        else
        {
            root.Add("resources", resources);
        }

        if (overlay is { Custom: true })
        {
            root.Add("custom", reference + ":custom}");
        }

        return root;
    }

    /// <summary>The table's stream ARN is a parameter: <c>serverless package --param="ordersStreamArn=arn:…"</c>.</summary>
    public static string StreamArnParameter(string table) => Naming.Camel(table) + "StreamArn";

    /// <summary>The <c>--param</c> holding a custom event bus's ARN.</summary>
    public static string EventBusArnParameter(string bus) => Naming.Camel(bus) + "EventBusArn";

    /// <summary>The function's dead-letter queue as a destination the framework accepts (an ARN from CloudFormation).</summary>
    public static YamlMap FailureDestination(FunctionModel f) => new YamlMap()
        .Add("type", "sqs")
        .Add("arn", YamlMap.GetAtt(CfnNames.FailureQueue(f), "Arn"));

    private static YamlNode StreamArn(DynamoDbStreamResource stream) => $"${{param:{StreamArnParameter(stream.Table)}}}";

    /// <summary>The framework's logical ID of a bucket it creates from <c>provider.s3.&lt;key&gt;</c>.</summary>
    public static string BucketLogicalId(string bucket) => "S3Bucket" + Naming.Pascal(bucket);

    /// <summary>The <c>provider.s3</c> key of a bucket (what its s3 events name).</summary>
    private static string BucketKey(string bucket) => Naming.Camel(bucket);

    /// <summary>Each bucket the s3 events create, with the properties of every bucket the IaC creates.</summary>
    private static YamlMap Buckets(ServiceModel model)
    {
        var buckets = new YamlMap();
        foreach (var bucket in model.Buckets.Where(model.HasNotifications))
        {
            // The framework upper-cases the first letter of each key and passes the rest on to AWS::S3::Bucket.
            var properties = CfnResources.SecureBucket(new YamlMap().Add("name", model.Physical(bucket)), bucket, model);
            var camel = new YamlMap();
            foreach (var (key, value) in properties.Entries)
            {
                camel.Add(key == "name" ? key : char.ToLowerInvariant(key[0]) + key[1..], value);
            }

            buckets.Add(BucketKey(bucket), camel); // tagged by stackTags
        }

        return buckets;
    }

    /// <summary>The framework's HTTP API stage has no throttling setting: its default route settings are extended.</summary>
    private static YamlMap Throttling(ServiceModel model) => new YamlMap().Add("HttpApiStage", new YamlMap().Add("Properties", new YamlMap()
        .Add("DefaultRouteSettings", new YamlMap()
            .Add("ThrottlingBurstLimit", model.Settings.Project.HttpThrottlingBurstLimit)
            .Add("ThrottlingRateLimit", model.Settings.Project.HttpThrottlingRateLimit))));

    private static YamlMap Function(FunctionModel f, ServiceModel model)
    {
        var environment = new YamlMap();
        foreach (var (name, value) in f.Environment)
        {
            environment.Add(name, value);
        }

        foreach (var (name, resource) in f.ResourceVariables)
        {
            environment.Add(name, CfnResources.VariableValue(resource, model));
        }

        var function = new YamlMap()
            .Add("name", f.PhysicalName)
            .Add("description", $"ServerlessSdk function {f.Name} ({f.Handler})")
            .Add("handler", "bootstrap")
            .Add("architecture", f.Architecture)
            .Add("memorySize", f.MemorySize)
            .Add("timeout", f.Timeout)
            .Add("role", CfnNames.Role(f))
            // The log group is ours (below), with its retention; the function must not race it.
            .Add("disableLogs", true)
            .Add("dependsOn", YamlSeq.Of(CfnNames.LogGroup(f)))
            .Add("environment", environment);
        if (f.Tracing)
        {
            function.Add("tracing", "Active");
        }

        if (f.ReservedConcurrency is { } reserved)
        {
            function.Add("reservedConcurrency", reserved);
        }

        if (f.HasAlias)
        {
            function.Add("provisionedConcurrency", f.ProvisionedConcurrency!.Value);
        }

        if (f.HasAsyncTriggers)
        {
            function.Add("maximumRetryAttempts", model.Settings.Project.AsyncMaxRetryAttempts)
                .Add("maximumEventAge", model.Settings.Project.AsyncMaxEventAgeSeconds)
                .Add("destinations", new YamlMap().Add("onFailure", FailureDestination(f)));
        }

        function.Add("package", new YamlMap().Add("artifact", f.PackagePath));
        var events = ServerlessEvents.For(f, model);
        return events.Items.Count > 0 ? function.Add("events", events) : function;
    }

    private static YamlMap Resources(ServiceModel model)
    {
        var resources = new YamlMap();
        foreach (var f in model.Functions)
        {
            resources.Add(CfnNames.Role(f), CfnResources.Role(f, model, StreamArn));
            resources.Add(CfnNames.LogGroup(f), CfnResources.LogGroup(f, model));
            if (model.Settings.Alarms)
            {
                foreach (var (id, alarm) in CfnResources.Alarms(f, f.PhysicalName, model))
                {
                    resources.Add(id, alarm);
                }
            }
        }

        foreach (var (id, queue) in model.Queues.SelectMany(q => CfnResources.Queue(q, model)).Concat(CfnResources.FailureQueues(model)))
        {
            resources.Add(id, queue);
        }

        foreach (var topic in model.Topics)
        {
            resources.Add(CfnNames.Topic(topic), CfnResources.Topic(topic, model));
        }

        foreach (var bucket in model.Buckets)
        {
            if (!model.HasNotifications(bucket))
            {
                // No s3 event makes the framework create it: a plain resource, under the framework's logical ID.
                var properties = CfnResources.SecureBucket(new YamlMap().Add("BucketName", model.Physical(bucket)), bucket, model);
                resources.Add(BucketLogicalId(bucket), CfnResources.Resource("AWS::S3::Bucket", properties.Add("Tags", CfnResources.Tags(model))));
            }

            resources.Add(CfnNames.BucketPolicy(bucket), CfnResources.TlsOnlyBucketPolicy(BucketLogicalId(bucket)));
        }

        foreach (var stream in model.KinesisStreams)
        {
            resources.Add(CfnNames.Stream(stream), CfnResources.Stream(stream, model));
        }

        foreach (var table in model.Tables)
        {
            resources.Add(CfnNames.Table(table.Name), CfnResources.Table(table, model));
        }

        foreach (var bus in model.EventBuses)
        {
            resources.Add(CfnNames.EventBus(bus), CfnResources.EventBus(bus, model));
        }

        foreach (var (id, resource) in CfnEventRules.Resources(model))
        {
            resources.Add(id, resource);
        }

        return resources;
    }

    private static YamlMap Outputs(ServiceModel model)
    {
        // The framework already outputs the HTTP API URL (HttpApiUrl) and each function's qualified ARN.
        var outputs = new YamlMap();
        foreach (var (name, output) in CfnResources.QueueOutputs(model).Concat(CfnResources.FailureQueueOutputs(model)).Concat(CfnResources.TopicOutputs(model)))
        {
            outputs.Add(name, output);
        }

        foreach (var (name, output) in CfnResources.StreamOutputs(model).Concat(CfnResources.DeclaredOutputs(model)))
        {
            outputs.Add(name, output);
        }

        return outputs;
    }
}
