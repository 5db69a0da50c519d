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
            .Add("runtime", settings.Runtime)
            .Add("architecture", settings.Architecture)
            .Add("memorySize", settings.MemorySize)
            .Add("timeout", settings.Timeout);
        if (model.HasHttpApi)
        {
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

        var functions = new YamlMap();
        foreach (var f in model.Functions)
        {
            functions.Add(f.Name, Function(f));
        }

        var root = new YamlMap()
            .Add("service", model.Service)
            .Add("frameworkVersion", "3")
            .Add("configValidationMode", "error")
            .Add("provider", provider)
            .Add("package", new YamlMap().Add("individually", true))
            .Add("functions", functions);

        var outputs = Outputs(model);
        var resources = new YamlMap().Add("Resources", Resources(model)).AddIf("Outputs", outputs.Entries.Count > 0 ? outputs : null);
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

    private static YamlNode StreamArn(DynamoDbStreamResource stream) => $"${{param:{StreamArnParameter(stream.Table)}}}";

    private static YamlMap Function(FunctionModel f)
    {
        var environment = new YamlMap();
        foreach (var (name, value) in f.Environment)
        {
            environment.Add(name, value);
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

        function.Add("package", new YamlMap().Add("artifact", f.PackagePath));
        var events = ServerlessEvents.For(f);
        return events.Items.Count > 0 ? function.Add("events", events) : function;
    }

    private static YamlMap Resources(ServiceModel model)
    {
        var resources = new YamlMap();
        foreach (var f in model.Functions)
        {
            resources.Add(CfnNames.Role(f), CfnResources.Role(f, StreamArn));
            resources.Add(CfnNames.LogGroup(f), CfnResources.LogGroup(f));
            if (model.Settings.Alarms)
            {
                foreach (var (id, alarm) in CfnResources.Alarms(f, f.PhysicalName))
                {
                    resources.Add(id, alarm);
                }
            }
        }

        foreach (var (id, queue) in model.Queues.SelectMany(CfnResources.Queue))
        {
            resources.Add(id, queue);
        }

        foreach (var topic in model.Topics)
        {
            resources.Add(CfnNames.Topic(topic), CfnResources.Topic(topic));
        }

        foreach (var stream in model.KinesisStreams)
        {
            resources.Add(CfnNames.Stream(stream), CfnResources.Stream(stream));
        }

        return resources;
    }

    private static YamlMap Outputs(ServiceModel model)
    {
        // The framework already outputs the HTTP API URL (HttpApiUrl) and each function's qualified ARN.
        var outputs = new YamlMap();
        foreach (var (name, output) in CfnResources.QueueOutputs(model).Concat(CfnResources.TopicOutputs(model)))
        {
            outputs.Add(name, output);
        }

        foreach (var (name, output) in CfnResources.StreamOutputs(model))
        {
            outputs.Add(name, output);
        }

        return outputs;
    }
}
