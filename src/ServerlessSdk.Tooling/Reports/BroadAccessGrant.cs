using ServerlessSdk.Rules;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>
/// A declared IAM statement kept despite the least-privilege rules because it carries an <c>AllowBroadAccess</c>
/// justification (SLS4020): listed in every report so the opt-out is reviewed, not forgotten. Properties are serialised
/// in declaration order, so keep new ones at the end.
/// </summary>
public sealed record BroadAccessGrant
{
    /// <summary>The function whose role has the statement.</summary>
    public required string Function { get; init; }

    /// <summary>The statement's actions, trimmed.</summary>
    public required IReadOnlyList<string> Actions { get; init; }

    /// <summary>The statement's resources, trimmed.</summary>
    public required IReadOnlyList<string> Resources { get; init; }

    /// <summary>Why the statement needs the breadth, as declared.</summary>
    public required string Justification { get; init; }

    /// <summary>The statement in one line: <c>s3:Get* on arn:aws:s3:::*</c>.</summary>
    internal string Statement => PolicyRules.Describe(Actions, Resources);

    /// <summary>Every opted-out statement of <paramref name="manifest"/>, by function name; none without a manifest.</summary>
    public static IReadOnlyList<BroadAccessGrant> From(ServiceManifest? manifest) => manifest is null ? [] :
        [.. manifest.Functions.OrderBy(f => f.Name, StringComparer.Ordinal).SelectMany(f => f.Policies
            .Where(p => !string.IsNullOrWhiteSpace(p.AllowBroadAccess))
            .Select(p => new BroadAccessGrant
            {
                Function = f.Name,
                Actions = PolicyRules.Normalize(p.Actions),
                Resources = PolicyRules.Normalize(p.Resources),
                Justification = p.AllowBroadAccess!.Trim(),
            }))];
}
