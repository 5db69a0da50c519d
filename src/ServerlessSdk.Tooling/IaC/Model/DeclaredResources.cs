using ServerlessSdk.Rules;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.IaC.Model;

/// <summary>
/// Checks the manifest's declared resources with the generator's rules and codes (<see cref="ResourceRules"/>), so a
/// hand-written manifest gets the verdict the attributes would have, and resolves each function's uses.
/// </summary>
internal static class DeclaredResources
{
    public static IEnumerable<ServerlessDiagnostic> Check(ServiceManifest manifest)
    {
        var problems = new List<ResourceProblem>();
        foreach (var resource in manifest.Resources)
        {
            problems.AddRange(new[] { ResourceRules.CheckName(resource.Kind, resource.Name), PlatformResourceRules.Check(manifest.Platform, resource.Kind, resource.Name) }.OfType<ResourceProblem>());
            problems.AddRange(resource switch
            {
                DeclaredTable t => ResourceRules.CheckTable(t.Name, t.PartitionKey.Name, t.SortKey?.Name, t.TimeToLiveAttribute),
                DeclaredQueue q => ResourceRules.CheckQueue(q.Name, q.VisibilityTimeoutSeconds, q.MaxReceiveCount),
                _ => [],
            });
        }

        foreach (var duplicate in ResourceRules.Duplicates(manifest.Resources.Select(r => r.Name)))
        {
            problems.Add(new ResourceProblem(ResourceRules.DuplicateResource, $"resources {duplicate} have one name (names differing only in case or punctuation are one name); rename one"));
        }

        var kinds = manifest.Resources.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        problems.AddRange(CheckIndexes(manifest, kinds));
        var streams = manifest.Resources.OfType<DeclaredTable>().Where(t => t.Stream is not null).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var function in manifest.Functions)
        {
            problems.AddRange(function.Uses.Select(u => ResourceRules.CheckUse(kinds, $"function {function.Name}", u.Resource, u.Reads)).OfType<ResourceProblem>());
            problems.AddRange(function.Triggers.Where(t => t.ResourceName is not null)
                .Select(t => ResourceRules.CheckTrigger(kinds, t.Type, t.ResourceName!, streams.Contains)).OfType<ResourceProblem>());
            var variables = ResourceEnvironment.For(manifest, function).Select(v => v.Variable).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(function.Environment.Keys.Where(variables.Contains).Select(name => new ResourceProblem(
                ResourceRules.ResourceVariableConflict, $"function {function.Name}: environment variable '{name}' is set by ServerlessSdk for a resource the function uses; rename the variable")));
        }

        var fifo = manifest.Resources.OfType<DeclaredQueue>().Where(q => q.Fifo).Select(q => q.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in manifest.EventRules)
        {
            problems.AddRange(new[] { ResourceRules.CheckName(ResourceRules.EventRule, rule.Name), PlatformResourceRules.CheckEventRule(manifest.Platform, rule.Name) }.OfType<ResourceProblem>());
            problems.AddRange(ResourceRules.CheckEventRule(kinds, rule.Name, rule.Bus, rule.Target, rule.Sources, rule.DetailTypes, fifo.Contains));
        }

        foreach (var duplicate in ResourceRules.Duplicates(manifest.EventRules.Select(r => r.Name)))
        {
            problems.Add(new ResourceProblem(ResourceRules.DuplicateResource, $"event rules {duplicate} have one name (names differing only in case or punctuation are one name); rename one"));
        }

        return problems.Select(p => ServerlessDiagnostic.Error(p.Code, p.Message));
    }

    /// <summary>The indexes of every table, alone and against their table (an index exists only inside its table's entry).</summary>
    private static IEnumerable<ResourceProblem> CheckIndexes(ServiceManifest manifest, Dictionary<string, string> kinds)
    {
        var tables = manifest.Resources.OfType<DeclaredTable>().ToList();
        var indexes = tables.SelectMany(t => t.Indexes.Select(i => new IndexDeclaration(t.Name, i.Name, i.PartitionKey.Name, i.PartitionKey.Type, i.SortKey?.Name, i.SortKey?.Type ?? "S"))).ToList();
        var tableKeys = tables.GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<(string, string)>)[.. g.First().Keys.Select(k => (k.Name, k.Type))], StringComparer.Ordinal);
        return indexes.SelectMany(IndexRules.Check).Concat(IndexRules.CheckTables(indexes, kinds, tableKeys).Select(p => p.Problem));
    }

    /// <summary>The function's uses, each resolved to its declaration (an unknown name was reported by <see cref="Check"/>).</summary>
    public static IReadOnlyList<ResourceGrant> Grants(ServiceManifest manifest, FunctionDeclaration function) =>
        [.. function.Uses
            .GroupBy(u => u.Resource, StringComparer.Ordinal)
            .Select(g => (Resource: manifest.Resources.FirstOrDefault(r => r.Name == g.Key), Access: Merge(g.Select(u => u.Access))))
            .Where(x => x.Resource is not null)
            .Select(x => new ResourceGrant(x.Resource!, x.Access, x.Resource!.PhysicalName(manifest.Service)))
            .OrderBy(g => g.Resource.Name, StringComparer.Ordinal)];

    /// <summary>The AWS name of a declared resource: prefixed with the service like every name the IaC creates.</summary>
    public static string PhysicalName(string service, DeclaredResource resource) =>
        Naming.Physical(service, resource.Name) + (resource is DeclaredQueue { Fifo: true } ? QueueModel.FifoSuffix : string.Empty);

    private static ResourceAccess Merge(IEnumerable<ResourceAccess> accesses)
    {
        var distinct = accesses.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : ResourceAccess.ReadWrite;
    }
}
