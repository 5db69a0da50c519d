using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Functions.Generator;

/// <summary>
/// Checks what only the whole project shows about declared resources: duplicate names, [Uses] and triggers that name
/// them, variables that would shadow theirs, and what the platform cannot host. The rules and codes are
/// ServerlessSdk.Rules.ResourceRules' and PlatformResourceRules'.
/// </summary>
internal static class ResourcePlanner
{
    /// <summary>
    /// The resources to record, sorted by name; <c>Complete</c> is false when one had a compiler error, so the
    /// declarations are not all the project has and no manifest may be written.
    /// </summary>
    public static (List<ResourceModel> Resources, bool Complete) Plan(
        ImmutableArray<ResourceModel> declared,
        ImmutableArray<IndexModel> indexes,
        ImmutableArray<MethodModel> methods,
        string platform,
        List<DiagnosticInfo> diagnostics)
    {
        var ordered = declared.Distinct()
            .OrderBy(r => r.Location?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(r => r.Location?.Span.Start ?? 0)
            .ToList();
        var complete = ordered.All(r => !r.Unbound) && indexes.All(i => !i.Unbound);
        var resources = new List<ResourceModel>();
        var identities = new Dictionary<string, ResourceModel>(System.StringComparer.Ordinal);
        foreach (var resource in ordered.Where(r => !r.Unbound))
        {
            diagnostics.AddRange(resource.Diagnostics);
            if (resource.Json.Length == 0)
            {
                continue;
            }

            var identity = ResourceRules.Identity(resource.Name);
            if (identities.TryGetValue(identity, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateResource, resource.Location, resource.Name, first.Name, ResourceRules.Describe(first.Kind)));
                continue;
            }

            identities[identity] = resource;
            resources.Add(resource);
            if (PlatformResourceRules.Check(platform, resource.Kind, resource.Name) is { } problem)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ResourceNotOnPlatform, resource.Location, problem.Message));
            }
        }

        var kinds = resources.ToDictionary(r => r.Name, r => r.Kind, System.StringComparer.Ordinal);
        resources = PlanIndexes(resources, kinds, indexes, diagnostics);
        var streams = new HashSet<string>(resources.Where(r => r.HasStream).Select(r => r.Name), System.StringComparer.Ordinal);
        foreach (var method in methods.GroupBy(m => (m.DisplayName, m.Location)).Select(g => g.First()))
        {
            CheckMethod(method, kinds, streams, diagnostics);
        }

        return ([.. resources.OrderBy(r => r.Name, System.StringComparer.Ordinal)], complete);
    }

    /// <summary>
    /// Checks the indexes against their tables (ServerlessSdk.Rules.IndexRules) and writes each table's into its
    /// manifest entry, sorted by name; a table without indexes keeps the entry it had.
    /// </summary>
    private static List<ResourceModel> PlanIndexes(List<ResourceModel> resources, Dictionary<string, string> kinds, ImmutableArray<IndexModel> indexes, List<DiagnosticInfo> diagnostics)
    {
        var ordered = indexes.Distinct().Where(i => !i.Unbound)
            .OrderBy(i => i.Location?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(i => i.Location?.Span.Start ?? 0)
            .ToList();
        foreach (var index in ordered)
        {
            diagnostics.AddRange(index.Diagnostics);
        }

        var readable = ordered.Where(i => i.Json.Length > 0).ToList();
        var declarations = readable.ToDictionary(i => new IndexDeclaration(i.Table, i.Name, i.PartitionKey, i.PartitionKeyType, i.SortKey, i.SortKeyType), i => i);
        var tableKeys = resources.Where(r => r.Kind == ResourceRules.Table)
            .ToDictionary(r => r.Name, r => (IReadOnlyList<(string, string)>)[.. r.Keys.Select(k => (k.Name, k.Type))], System.StringComparer.Ordinal);
        foreach (var (declaration, problem) in IndexRules.CheckTables([.. declarations.Keys], kinds, tableKeys))
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ById[problem.Code], declarations[declaration].Location, problem.Message));
        }

        var byTable = readable.GroupBy(i => i.Table, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(i => i.Name, System.StringComparer.Ordinal).ToList(), System.StringComparer.Ordinal);
        return [.. resources.Select(r => r.Kind == ResourceRules.Table && byTable.TryGetValue(r.Name, out var own)
            ? r with { Json = r.Json.Substring(0, r.Json.Length - 1) + ",\"indexes\":[" + string.Join(",", own.Select(i => i.Json)) + "]}" }
            : r)];
    }

    private static void CheckMethod(MethodModel method, Dictionary<string, string> kinds, HashSet<string> streams, List<DiagnosticInfo> diagnostics)
    {
        void Report(ResourceProblem? problem, LocationInfo? location)
        {
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ById[problem.Code], location, problem.Message));
            }
        }

        var variables = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var use in method.Uses)
        {
            var problem = ResourceRules.CheckUse(kinds, method.DisplayName, use.Resource, use.Access != "write");
            Report(problem, use.Location);
            if (problem is null)
            {
                variables[ResourceRules.EnvironmentVariable(kinds[use.Resource], use.Resource)] = use.Resource;
            }
        }

        foreach (var trigger in method.Triggers.Where(t => t.Resource is not null))
        {
            var problem = ResourceRules.CheckTrigger(kinds, trigger.Kind, trigger.Resource!, streams.Contains);
            Report(problem, trigger.Location);
            if (problem is not null || !kinds.TryGetValue(trigger.Resource!, out var kind))
            {
                continue;
            }

            variables[ResourceRules.EnvironmentVariable(kind, trigger.Resource!)] = trigger.Resource!;
            if (trigger.SetsRedrive)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.TriggerOverridesResource, trigger.Location, trigger.Resource!));
            }
        }

        foreach (var variable in method.Environment.Where(v => variables.ContainsKey(v.Name)))
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ResourceVariableConflict, variable.Location, variable.Name, variables[variable.Name]));
        }
    }
}
