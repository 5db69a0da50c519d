using System.Text.Json;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>What a diagram node stands for.</summary>
public enum DiagramNodeKind
{
    /// <summary>A Lambda function.</summary>
    Function,

    /// <summary>An HTTP API route (<c>POST /orders</c>).</summary>
    HttpRoute,

    /// <summary>An SQS queue.</summary>
    Queue,

    /// <summary>An SNS topic.</summary>
    Topic,

    /// <summary>An EventBridge bus.</summary>
    EventBus,

    /// <summary>An EventBridge schedule.</summary>
    Schedule,

    /// <summary>An S3 bucket.</summary>
    Bucket,

    /// <summary>A DynamoDB table (its stream triggers from the table's node).</summary>
    Table,

    /// <summary>A Kinesis data stream.</summary>
    Stream,
}

/// <summary>What an arrow says: the source invokes the function, or the function reads or writes the resource.</summary>
public enum DiagramEdgeKind
{
    /// <summary>Source → function: a trigger.</summary>
    Triggers,

    /// <summary>Function → resource: <c>[Uses(..., Access.Read)]</c>.</summary>
    Read,

    /// <summary>Function → resource: <c>[Uses(..., Access.Write)]</c>.</summary>
    Write,

    /// <summary>Function → resource: <c>[Uses(..., Access.ReadWrite)]</c>.</summary>
    ReadWrite,

    /// <summary>Bus → queue: an <c>[assembly: EventRule]</c> sends the bus's matching events to the queue.</summary>
    Routes,
}

/// <summary>One box: a function, a trigger source or a declared resource.</summary>
/// <param name="Id">Stable and unique: kind and name (<c>queue:Payments</c>), so a trigger and a declaration of the same resource meet.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Label">What the box says.</param>
public sealed record DiagramNode(string Id, DiagramNodeKind Kind, string Label);

/// <summary>One arrow between two <see cref="DiagramNode.Id"/>s.</summary>
/// <param name="From">The source node's id.</param>
/// <param name="To">The target node's id.</param>
/// <param name="Kind">Trigger or access.</param>
/// <param name="Label">What the arrow says (the rule's detail-type, <c>read</c>, ...), or null.</param>
public sealed record DiagramEdge(string From, string To, DiagramEdgeKind Kind, string? Label);

/// <summary>
/// The service's architecture from its function manifest: every function, what triggers it and what it uses. Pure
/// data, in a fixed order (nodes by kind then id, edges by source, target and kind), so every writer's output is
/// deterministic. Properties are serialised in declaration order, so keep new ones at the end.
/// </summary>
public sealed record ArchitectureDiagram
{
    /// <summary>Every node, by kind, then id.</summary>
    public required IReadOnlyList<DiagramNode> Nodes { get; init; }

    /// <summary>Every edge, by source, target and kind; each pair and kind once.</summary>
    public required IReadOnlyList<DiagramEdge> Edges { get; init; }

    /// <summary>The diagram of <paramref name="manifest"/>; null without one.</summary>
    public static ArchitectureDiagram? From(ServiceManifest? manifest)
    {
        if (manifest is null)
        {
            return null;
        }

        var nodes = new Dictionary<string, DiagramNode>(StringComparer.Ordinal);
        var edges = new Dictionary<(string, string, DiagramEdgeKind), DiagramEdge>();
        DiagramNode Add(DiagramNodeKind kind, string key, string label)
        {
            var id = $"{Prefix(kind)}:{key}";
            if (!nodes.TryGetValue(id, out var node))
            {
                nodes[id] = node = new DiagramNode(id, kind, label);
            }

            return node;
        }

        void Connect(DiagramNode from, DiagramNode to, DiagramEdgeKind kind, string? label) =>
            edges.TryAdd((from.Id, to.Id, kind), new DiagramEdge(from.Id, to.Id, kind, label));

        var declared = new Dictionary<string, DiagramNode>(StringComparer.Ordinal);
        foreach (var resource in manifest.Resources)
        {
            declared.TryAdd(resource.Name, Add(KindOf(resource), resource.Name, resource.Name));
        }

        foreach (var function in manifest.Functions)
        {
            var target = Add(DiagramNodeKind.Function, function.Name, function.Name);
            foreach (var trigger in function.Triggers)
            {
                var (source, label) = Source(trigger, function.Name, Add);
                Connect(source, target, DiagramEdgeKind.Triggers, label);
            }

            // [Uses] names a declared resource (the generator refuses others, SLS4030); a hand-written manifest's stray name is left out.
            foreach (var use in function.Uses)
            {
                if (declared.TryGetValue(use.Resource, out var resource))
                {
                    var (kind, label) = use.Access switch
                    {
                        ResourceAccess.Read => (DiagramEdgeKind.Read, "read"),
                        ResourceAccess.Write => (DiagramEdgeKind.Write, "write"),
                        _ => (DiagramEdgeKind.ReadWrite, "read/write"),
                    };
                    Connect(target, resource, kind, label);
                }
            }
        }

        // Each declared rule: its bus sends the matching events to its queue (the generator checks both are declared, SLS4039/SLS4040).
        // Rules from one bus to one queue are one arrow, labelled with what each matches.
        foreach (var rules in manifest.EventRules.GroupBy(r => (r.Bus, r.Target)))
        {
            if (declared.TryGetValue(rules.Key.Bus, out var bus) && declared.TryGetValue(rules.Key.Target, out var queue))
            {
                Connect(bus, queue, DiagramEdgeKind.Routes, string.Join(", ", rules.Select(r => RuleLabel(r.EventPattern)).Distinct(StringComparer.Ordinal)));
            }
        }

        return new ArchitectureDiagram
        {
            Nodes = [.. nodes.Values.OrderBy(n => n.Kind).ThenBy(n => n.Id, StringComparer.Ordinal)],
            Edges = [.. edges.Values.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Kind)],
        };
    }

    private static (DiagramNode Node, string? Label) Source(Trigger trigger, string function, Func<DiagramNodeKind, string, string, DiagramNode> add) => trigger switch
    {
        HttpRouteTrigger http => (add(DiagramNodeKind.HttpRoute, http.RouteKey, http.RouteKey), http.Auth == HttpAuth.None ? null : http.Auth.ToString().ToUpperInvariant()),
        SqsTrigger sqs => (add(DiagramNodeKind.Queue, sqs.Queue, sqs.Queue), sqs.ReportBatchItemFailures ? "partial batch" : null),
        SnsTrigger sns => (add(DiagramNodeKind.Topic, sns.Topic, sns.Topic), sns.FilterPolicy is null ? null : "filtered"),
        EventBridgeTrigger rule => (add(DiagramNodeKind.EventBus, rule.EventBus, rule.EventBus), RuleLabel(rule.EventPattern)),

        // A schedule is the function's own rule: two functions on the same rate are two schedules.
        ScheduleTrigger schedule => (add(DiagramNodeKind.Schedule, $"{function}:{schedule.Expression}", schedule.Expression), null),
        S3Trigger s3 => (add(DiagramNodeKind.Bucket, s3.Bucket, s3.Bucket), string.Join(", ", s3.Events)),
        DynamoDbStreamTrigger stream => (add(DiagramNodeKind.Table, stream.Table, stream.Table), "stream"),
        KinesisStreamTrigger kinesis => (add(DiagramNodeKind.Stream, kinesis.Stream, kinesis.Stream), null),

        // Azure: a timer is the function's own schedule; queues, containers and Service Bus queues are shared by name.
        TimerTrigger timer => (add(DiagramNodeKind.Schedule, $"{function}:{timer.Expression ?? timer.Schedule}", timer.Expression ?? timer.Schedule), null),
        StorageQueueTrigger queue => (add(DiagramNodeKind.Queue, queue.Queue, queue.Queue), "storage queue"),
        BlobTrigger blob => (add(DiagramNodeKind.Bucket, blob.Path.Split('/')[0], blob.Path.Split('/')[0]), blob.Path),
        ServiceBusQueueTrigger bus => (add(DiagramNodeKind.Queue, "servicebus:" + bus.Queue, bus.Queue), "service bus"),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger.Type, "Unknown trigger type."),
    };

    private static DiagramNodeKind KindOf(DeclaredResource resource) => resource switch
    {
        DeclaredTable or DeclaredStorageTable => DiagramNodeKind.Table,
        DeclaredQueue => DiagramNodeKind.Queue,
        DeclaredTopic => DiagramNodeKind.Topic,
        DeclaredBucket => DiagramNodeKind.Bucket,
        DeclaredEventBus => DiagramNodeKind.EventBus,
        _ => throw new ArgumentOutOfRangeException(nameof(resource), resource.Kind, "Unknown resource kind."),
    };

    /// <summary>The id prefix of a kind: <c>fn</c>, <c>route</c>, <c>queue</c>, ...</summary>
    internal static string Prefix(DiagramNodeKind kind) => kind switch
    {
        DiagramNodeKind.Function => "fn",
        DiagramNodeKind.HttpRoute => "route",
        DiagramNodeKind.Queue => "queue",
        DiagramNodeKind.Topic => "topic",
        DiagramNodeKind.EventBus => "bus",
        DiagramNodeKind.Schedule => "schedule",
        DiagramNodeKind.Bucket => "bucket",
        DiagramNodeKind.Table => "table",
        _ => "stream",
    };

    /// <summary>A rule's arrow names what it matches: its detail-types, else its sources; a pattern that is not JSON reads <c>rule</c>.</summary>
    private static string RuleLabel(string pattern)
    {
        try
        {
            using var json = JsonDocument.Parse(pattern);
            foreach (var field in (string[])["detail-type", "source"])
            {
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty(field, out var values) && values.ValueKind == JsonValueKind.Array)
                {
                    var names = values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
                    if (names.Count > 0)
                    {
                        return string.Join(", ", names);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // The generator validates patterns; a hand-written manifest's odd one still gets an arrow.
        }

        return "rule";
    }
}
