using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Functions.Generator;

/// <summary>Reads one [assembly: DynamoDbTable/SqsQueue/SnsTopic/S3Bucket/EventBus] into its manifest entry, with the errors local to it.</summary>
internal static class ResourceReader
{
    private static readonly string[] KeyTypes = ["S", "N", "B"];

    private static readonly string?[] StreamViews = [null, "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES"];

    public static ResourceModel? Read(AttributeData attribute)
    {
        var kind = KnownTypes.ResourceKind(attribute.AttributeClass?.ToDisplayString());
        if (kind is null)
        {
            return null;
        }

        var location = LocationInfo.From(attribute.ApplicationSyntaxReference);
        var diagnostics = new List<DiagnosticInfo>();
        if (!AttributeArguments.AreBound(attribute))
        {
            // The compiler reports it; the declarations are incomplete, so no manifest is written.
            return new ResourceModel(kind, string.Empty, string.Empty, false, location, diagnostics.ToEquatable(), Unbound: true);
        }

        if (!AttributeArguments.EnumsAreDefined(attribute, location, diagnostics))
        {
            return new ResourceModel(kind, string.Empty, string.Empty, false, location, diagnostics.ToEquatable(), Unbound: false);
        }

        var name = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
        var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value.Value);
        void Report(ResourceProblem? problem)
        {
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ById[problem.Code], location, problem.Message));
            }
        }

        Report(ResourceRules.CheckName(kind, name));
        string? Text(string key) => named.TryGetValue(key, out var v) ? v as string : null;
        int Int(string key, int fallback) => named.TryGetValue(key, out var v) && v is int i ? i : fallback;
        bool Bool(string key, bool fallback) => named.TryGetValue(key, out var v) && v is bool b ? b : fallback;

        var json = $"\"kind\":{Json.String(kind)},\"name\":{Json.String(name)}";
        var hasStream = false;
        var fifo = false;
        var keys = new List<KeyModel>();
        switch (kind)
        {
            case ResourceRules.Table:
                var partitionKey = Text("PartitionKey");
                var sortKey = Text("SortKey");
                var ttl = Text("TimeToLiveAttribute");
                foreach (var problem in ResourceRules.CheckTable(name, partitionKey, sortKey, ttl))
                {
                    Report(problem);
                }

                keys.Add(new KeyModel(partitionKey ?? string.Empty, KeyTypes[Int("PartitionKeyType", 0)]));
                if (sortKey is not null)
                {
                    keys.Add(new KeyModel(sortKey, KeyTypes[Int("SortKeyType", 0)]));
                }

                var stream = StreamViews[Int("Stream", 0)];
                hasStream = stream is not null;
                json += $",\"partitionKey\":{Key(partitionKey ?? string.Empty, Int("PartitionKeyType", 0))}"
                    + $",\"sortKey\":{(sortKey is null ? "null" : Key(sortKey, Int("SortKeyType", 0)))}"
                    + $",\"stream\":{Json.String(stream)}"
                    + $",\"pointInTimeRecovery\":{Json.Bool(Bool("PointInTimeRecovery", true))}"
                    + $",\"deletionProtection\":{Json.Bool(Bool("DeletionProtection", false))}"
                    + $",\"timeToLiveAttribute\":{Json.String(ttl)}";
                break;
            case ResourceRules.Queue:
                var visibility = Int("VisibilityTimeoutSeconds", 30);
                var receives = Int("MaxReceiveCount", 5);
                foreach (var problem in ResourceRules.CheckQueue(name, visibility, receives))
                {
                    Report(problem);
                }

                fifo = Bool("Fifo", false);
                json += $",\"fifo\":{Json.Bool(fifo)},\"visibilityTimeoutSeconds\":{Json.Number(visibility)},\"maxReceiveCount\":{Json.Number(receives)}";
                break;
            case ResourceRules.Bucket:
                json += $",\"versioning\":{Json.Bool(Bool("Versioning", false))}";
                break;
        }

        return new ResourceModel(kind, name, "{" + json + "}", hasStream, location, diagnostics.ToEquatable(), Unbound: false, keys.ToEquatable(), IsFifo: fifo);
    }

    /// <summary>
    /// One [assembly: DynamoDbIndex], with the errors of the index alone (name, key schema); what needs its table
    /// (existence, duplicates, the quota, key types) is the planner's.
    /// </summary>
    public static IndexModel? ReadIndex(AttributeData attribute)
    {
        if (attribute.AttributeClass?.ToDisplayString() != KnownTypes.DynamoDbIndex)
        {
            return null;
        }

        var location = LocationInfo.From(attribute.ApplicationSyntaxReference);
        var diagnostics = new List<DiagnosticInfo>();
        if (!AttributeArguments.AreBound(attribute))
        {
            return new IndexModel(string.Empty, string.Empty, null, "S", null, "S", string.Empty, location, diagnostics.ToEquatable(), Unbound: true);
        }

        if (!AttributeArguments.EnumsAreDefined(attribute, location, diagnostics))
        {
            return new IndexModel(string.Empty, string.Empty, null, "S", null, "S", string.Empty, location, diagnostics.ToEquatable(), Unbound: false);
        }

        var table = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
        var name = attribute.ConstructorArguments[1].Value as string ?? string.Empty;
        var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value.Value);
        string? Text(string key) => named.TryGetValue(key, out var v) ? v as string : null;
        int Int(string key) => named.TryGetValue(key, out var v) && v is int i ? i : 0;
        var partitionKey = Text("PartitionKey");
        var sortKey = Text("SortKey");
        var partitionType = KeyTypes[Int("PartitionKeyType")];
        var sortType = KeyTypes[Int("SortKeyType")];
        var declaration = new IndexDeclaration(table, name, partitionKey, partitionType, sortKey, sortType);
        diagnostics.AddRange(IndexRules.Check(declaration).Select(p => DiagnosticInfo.Create(Diagnostics.ById[p.Code], location, p.Message)));
        var json = $"{{\"name\":{Json.String(name)},\"partitionKey\":{Key(partitionKey ?? string.Empty, Int("PartitionKeyType"))}"
            + $",\"sortKey\":{(sortKey is null ? "null" : Key(sortKey, Int("SortKeyType")))}"
            + $",\"projection\":{Json.String(IndexRules.Projections[Int("Projection")])}}}";
        return new IndexModel(table, name, partitionKey, partitionType, sortKey, sortType, json, location, diagnostics.ToEquatable(), Unbound: false);
    }

    /// <summary>Each [Uses] on <paramref name="symbol"/>; an undefined Access is SLS4014 and the use is dropped.</summary>
    public static IEnumerable<UseModel> Uses(ISymbol symbol, List<DiagnosticInfo> diagnostics)
    {
        foreach (var attribute in symbol.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == KnownTypes.Uses))
        {
            var location = LocationInfo.From(attribute.ApplicationSyntaxReference);
            if (!AttributeArguments.AreBound(attribute) || !AttributeArguments.EnumsAreDefined(attribute, location, diagnostics))
            {
                continue;
            }

            var access = attribute.ConstructorArguments[1].Value is int value ? value switch { 0 => "read", 1 => "write", _ => "readwrite" } : "readwrite";
            yield return new UseModel(attribute.ConstructorArguments[0].Value as string ?? string.Empty, access, location);
        }
    }

    private static string Key(string name, int type) => $"{{\"name\":{Json.String(name)},\"type\":{Json.String(KeyTypes[type])}}}";
}
