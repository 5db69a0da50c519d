using System.Linq;
using System.Text;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;

namespace ServerlessSdk.Functions.Generator.Emit;

/// <summary>The function manifest JSON (docs/function-manifest.md): deterministic, sorted, compact.</summary>
internal static class ManifestWriter
{
    public static string Write(string service, string platform, JwtAuthorizerModel? authorizer, System.Collections.Generic.IEnumerable<ResourceModel> resources, System.Collections.Generic.IReadOnlyList<EventRuleModel> rules, System.Collections.Generic.IEnumerable<FunctionPlan> functions)
    {
        var json = new StringBuilder();
        json.Append("{\"schemaVersion\":1,\"platform\":").Append(Json.String(platform)).Append(",\"service\":").Append(Json.String(service));
        if (authorizer is not null)
        {
            json.Append(",\"jwtAuthorizer\":{\"issuer\":").Append(Json.String(authorizer.Issuer))
                .Append(",\"audiences\":").Append(Json.Strings(authorizer.Audiences)).Append('}');
        }

        json.Append(",\"resources\":[").Append(string.Join(",", resources.Select(r => r.Json))).Append(']');
        if (rules.Count > 0)
        {
            // Only when declared, so the manifests of projects without rules stay as they were.
            json.Append(",\"eventRules\":[").Append(string.Join(",", rules.Select(EventRulePlanner.Json))).Append(']');
        }

        json.Append(",\"functions\":[");
        var first = true;
        foreach (var function in functions)
        {
            json.Append(first ? string.Empty : ",");
            first = false;
            var s = function.Settings;
            json.Append("{\"name\":").Append(Json.String(function.Name))
                .Append(",\"handler\":").Append(Json.String(function.Handler))
                .Append(",\"memorySize\":").Append(Json.Number(s?.MemorySize))
                .Append(",\"timeout\":").Append(Json.Number(s?.Timeout))
                .Append(",\"architecture\":").Append(Json.String(s?.Architecture))
                .Append(",\"reservedConcurrency\":").Append(Json.Number(s?.ReservedConcurrency))
                .Append(",\"provisionedConcurrency\":").Append(Json.Number(s?.ProvisionedConcurrency))
                .Append(",\"logRetentionDays\":").Append(Json.Number(s?.LogRetentionDays))
                .Append(",\"tracing\":").Append(Json.Bool(s?.Tracing ?? true))
                .Append(",\"environment\":{")
                .Append(string.Join(",", function.Environment.Select(e => $"{Json.String(e.Key)}:{Json.String(e.Value)}")))
                .Append("},\"policies\":[")
                .Append(string.Join(",", function.Policies.Select(Policy)))
                .Append("],\"uses\":[")
                .Append(string.Join(",", function.Uses.Select(u => $"{{\"resource\":{Json.String(u.Key)},\"access\":{Json.String(u.Value)}}}")))
                .Append("],\"triggers\":[")
                .Append(string.Join(",", function.Triggers.Select(t => t.Json.Length == 0 ? $"{{\"type\":{Json.String(t.Kind)}}}" : $"{{\"type\":{Json.String(t.Kind)},{t.Json}}}")))
                .Append("]}");
        }

        return json.Append("]}").ToString();
    }

    /// <summary>A statement; <c>allowBroadAccess</c> only when it opts out, so other manifests stay as they were.</summary>
    private static string Policy(Policy p) =>
        $"{{\"actions\":{Json.Strings(p.Actions)},\"resources\":{Json.Strings(p.Resources)}"
        + (p.Justification is null ? string.Empty : $",\"allowBroadAccess\":{Json.String(p.Justification)}")
        + "}";
}

/// <summary>The assembly's [HttpApiJwtAuthorizer].</summary>
internal sealed record JwtAuthorizerModel(string Issuer, EquatableArray<string> Audiences, LocationInfo? Location);
