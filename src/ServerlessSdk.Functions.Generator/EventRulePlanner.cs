using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Functions.Generator;

/// <summary>
/// Reads each [assembly: EventRule] and checks it against the declared resources (its bus, its target queue) with
/// ServerlessSdk.Rules.ResourceRules, then writes the manifest's <c>eventRules</c> entries.
/// </summary>
internal static class EventRulePlanner
{
    public static EventRuleModel Read(AttributeData attribute)
    {
        var location = LocationInfo.From(attribute.ApplicationSyntaxReference);
        if (!AttributeArguments.AreBound(attribute))
        {
            // The compiler reports it; the declarations are incomplete, so no manifest is written.
            return new EventRuleModel(string.Empty, string.Empty, string.Empty, default, default, location, default, Unbound: true);
        }

        var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value.Value as string);
        string? Text(string key) => named.TryGetValue(key, out var v) ? v : null;
        var name = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
        var diagnostics = new List<DiagnosticInfo>();
        if (ResourceRules.CheckName(ResourceRules.EventRule, name) is { } problem)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ById[problem.Code], location, problem.Message));
        }

        return new EventRuleModel(
            name,
            Text("Bus") ?? string.Empty,
            Text("Target") ?? string.Empty,
            Optional(Text("Source")),
            Optional(Text("DetailType")),
            location,
            diagnostics.ToEquatable(),
            Unbound: false);
    }

    /// <summary>The rules to record, sorted by name, with their errors; <c>Complete</c> is false when one had a compiler error.</summary>
    public static (List<EventRuleModel> Rules, bool Complete) Plan(ImmutableArray<EventRuleModel> declared, IReadOnlyList<ResourceModel> resources, string platform, List<DiagnosticInfo> diagnostics)
    {
        var kinds = resources.ToDictionary(r => r.Name, r => r.Kind, System.StringComparer.Ordinal);
        var fifo = new HashSet<string>(resources.Where(r => r.IsFifo).Select(r => r.Name), System.StringComparer.Ordinal);
        var rules = new List<EventRuleModel>();
        var identities = new Dictionary<string, EventRuleModel>(System.StringComparer.Ordinal);
        var ordered = declared.Distinct().OrderBy(r => r.Location?.FilePath, System.StringComparer.Ordinal).ThenBy(r => r.Location?.Span.Start ?? 0).ToList();
        foreach (var rule in ordered.Where(r => !r.Unbound))
        {
            diagnostics.AddRange(rule.Diagnostics);
            var identity = ResourceRules.Identity(rule.Name);
            if (identities.TryGetValue(identity, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateResource, rule.Location, rule.Name, first.Name, ResourceRules.Describe(ResourceRules.EventRule)));
                continue;
            }

            identities[identity] = rule;
            if (PlatformResourceRules.CheckEventRule(platform, rule.Name) is { } hosted)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ResourceNotOnPlatform, rule.Location, hosted.Message));
            }

            foreach (var problem in ResourceRules.CheckEventRule(kinds, rule.Name, rule.Bus, rule.Target, [.. rule.Sources], [.. rule.DetailTypes], fifo.Contains))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ById[problem.Code], rule.Location, problem.Message));
            }

            rules.Add(rule);
        }

        return ([.. rules.OrderBy(r => r.Name, System.StringComparer.Ordinal)], ordered.All(r => !r.Unbound));
    }

    /// <summary>The manifest entry (docs/function-manifest.md).</summary>
    public static string Json(EventRuleModel rule) =>
        $"{{\"name\":{Validation.Json.String(rule.Name)},\"bus\":{Validation.Json.String(rule.Bus)}"
        + $",\"source\":{Validation.Json.Strings(rule.Sources)},\"detailType\":{Validation.Json.Strings(rule.DetailTypes)}"
        + $",\"target\":{Validation.Json.String(rule.Target)}}}";

    private static EquatableArray<string> Optional(string? value) => (value is null ? [] : new[] { value }).ToEquatable();
}
