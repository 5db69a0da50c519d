// One source for the [PolicyStatement] rules: compiled into ServerlessSdk.Tooling and linked into the source
// generator (netstandard2.0), so the compile-time check and the manifest check cannot disagree. Plain C#, BCL only.
#if NETSTANDARD2_0
// The generator has no implicit usings; the Tooling has, and flags these as unnecessary.
using System;
using System.Collections.Generic;
using System.Linq;
#endif

namespace ServerlessSdk.Rules;

/// <summary>One problem of a declared policy statement: its code, the entry it is about and a one-line message.</summary>
internal sealed class PolicyProblem(string code, string value, string message)
{
    public string Code { get; } = code;

    public string Value { get; } = value;

    public string Message { get; } = message;
}

/// <summary>
/// The verdict on one declared statement. <see cref="Actions"/> and <see cref="Resources"/> are trimmed: what the IaC
/// emits. <see cref="Errors"/> stop the build; <see cref="Waived"/> are the broad grants an
/// <c>AllowBroadAccess</c> justification let through (reported with <see cref="PolicyRules.BroadAccessAllowed"/>).
/// </summary>
internal sealed class PolicyCheck(IReadOnlyList<string> actions, IReadOnlyList<string> resources, string? justification, IReadOnlyList<PolicyProblem> errors, IReadOnlyList<PolicyProblem> waived)
{
    public IReadOnlyList<string> Actions { get; } = actions;

    public IReadOnlyList<string> Resources { get; } = resources;

    /// <summary>The trimmed justification, or null when the statement does not opt out.</summary>
    public string? Justification { get; } = justification;

    public IReadOnlyList<PolicyProblem> Errors { get; } = errors;

    public IReadOnlyList<PolicyProblem> Waived { get; } = waived;
}

/// <summary>
/// Least privilege for declared statements (docs/iac.md, "What a policy statement may not grant"). Each rule has one
/// code; the codes are the generator's (SLS40xx) because the generator reports them first, at the attribute.
/// </summary>
internal static class PolicyRules
{
    /// <summary>SLS4013: an action has a wildcard (<c>*</c>, <c>s3:*</c>, <c>s3:Get*</c>, <c>dynamodb:*Item</c>).</summary>
    public const string WildcardAction = "SLS4013";

    /// <summary>SLS4016: a resource matches every resource of a partition, service or resource type.</summary>
    public const string BroadResource = "SLS4016";

    /// <summary>SLS4017: <c>iam:PassRole</c> (or a wildcard granting it) on a resource that is not one named role.</summary>
    public const string PassRoleNotSpecific = "SLS4017";

    /// <summary>SLS4018: an action is not <c>service:Action</c>, or a resource is neither an ARN nor <c>*</c>.</summary>
    public const string Malformed = "SLS4018";

    /// <summary>SLS4019: a statement has no action or no resource, or an empty or whitespace entry.</summary>
    public const string Empty = "SLS4019";

    /// <summary>SLS4020 (warning): a broad statement is emitted because it carries an <c>AllowBroadAccess</c> justification.</summary>
    public const string BroadAccessAllowed = "SLS4020";

    /// <summary>SLS4021: <c>AllowBroadAccess</c> is set but empty: the opt-out needs a justification.</summary>
    public const string JustificationMissing = "SLS4021";

    /// <summary>Services whose resource part starts with a name, not a resource type (<c>bucket/key</c>, <c>api-id/stage/…</c>, a queue or topic name).</summary>
    private static readonly string[] NameFirstServices = ["s3", "execute-api", "sns", "sqs"];

    /// <summary>Trims every entry (null becomes empty, which <see cref="Check"/> reports): the values the IaC emits.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string?> values) => values.Select(v => (v ?? string.Empty).Trim()).ToList();

    /// <summary>Checks one statement; <paramref name="allowBroadAccess"/> is its justification, null when it does not opt out.</summary>
    public static PolicyCheck Check(IEnumerable<string?> actions, IEnumerable<string?> resources, string? allowBroadAccess)
    {
        var trimmedActions = Normalize(actions);
        var trimmedResources = Normalize(resources);
        var errors = new List<PolicyProblem>();
        var broad = new List<PolicyProblem>();
        if (trimmedActions.Count == 0 || trimmedResources.Count == 0)
        {
            errors.Add(new(Empty, string.Empty, "a policy statement needs at least one action and one resource"));
        }

        foreach (var _ in trimmedActions.Concat(trimmedResources).Where(v => v.Length == 0))
        {
            errors.Add(new(Empty, string.Empty, "a policy statement has an empty or whitespace action or resource; remove it"));
        }

        foreach (var action in trimmedActions.Where(a => a.Length > 0))
        {
            CheckAction(action, errors, broad);
        }

        foreach (var resource in trimmedResources.Where(r => r.Length > 0))
        {
            CheckResource(resource, errors, broad);
        }

        if (trimmedActions.Any(GrantsPassRole))
        {
            foreach (var resource in trimmedResources.Where(r => r.Length > 0 && !IsOneRole(r)))
            {
                broad.Add(new(PassRoleNotSpecific, resource, $"iam:PassRole on '{resource}' lets the function hand any matching role to a service; name one role, like 'arn:aws:iam::123456789012:role/orders-worker'"));
            }
        }

        string? justification = null;
        if (allowBroadAccess is not null)
        {
            justification = allowBroadAccess.Trim();
            if (justification.Length == 0)
            {
                errors.Add(new(JustificationMissing, string.Empty, "AllowBroadAccess needs a justification, e.g. AllowBroadAccess = \"ec2:DescribeNetworkInterfaces has no resource-level permissions\""));
                justification = null;
            }
        }

        var waived = justification is null ? [] : broad;
        if (justification is null)
        {
            errors.AddRange(broad);
        }

        return new PolicyCheck(trimmedActions, trimmedResources, justification, errors, waived);
    }

    /// <summary>The statement in one line for messages and reports: <c>s3:GetObject on arn:aws:s3:::b/*</c>.</summary>
    public static string Describe(IEnumerable<string> actions, IEnumerable<string> resources) =>
        $"{string.Join(", ", actions)} on {string.Join(", ", resources)}";

    private static void CheckAction(string action, List<PolicyProblem> errors, List<PolicyProblem> broad)
    {
        if (IsAllWildcards(action))
        {
            broad.Add(new(WildcardAction, action, $"action '{action}' allows every action of every service; list the actions the handler calls, like 'dynamodb:GetItem'"));
            return;
        }

        var colon = action.IndexOf(':');
        var service = colon < 0 ? string.Empty : action.Substring(0, colon);
        var name = colon < 0 ? string.Empty : action.Substring(colon + 1);
        if (service.Length == 0 || name.Length == 0 || !service.All(c => IsLowerAlphanumeric(c) || c == '-' || IsWildcard(c)) || !name.All(c => IsAsciiLetterOrDigit(c) || IsWildcard(c)))
        {
            errors.Add(new(Malformed, action, $"action '{action}' is not 'service:Action', like 'dynamodb:GetItem'"));
            return;
        }

        if (action.Any(IsWildcard))
        {
            broad.Add(new(WildcardAction, action, $"action '{action}' has a wildcard: it grants every action it matches, including ones AWS adds later; list the actions the handler calls"));
        }
    }

    private static void CheckResource(string resource, List<PolicyProblem> errors, List<PolicyProblem> broad)
    {
        if (IsAllWildcards(resource))
        {
            broad.Add(new(BroadResource, resource, $"resource '{resource}' is every resource in every account; name the ARNs the handler acts on"));
            return;
        }

        var parts = resource.Split([':'], 6);
        if (parts.Length < 6 || parts[0] != "arn" || parts[1].Length == 0 || parts[2].Length == 0 || parts[5].Length == 0)
        {
            errors.Add(new(Malformed, resource, $"resource '{resource}' is neither an ARN ('arn:partition:service:region:account:resource') nor '*'"));
            return;
        }

        var (partition, service, path) = (parts[1], parts[2], parts[5]);
        string? matched = null;
        if (partition.Any(IsWildcard) || service.Any(IsWildcard))
        {
            matched = "every partition or service";
        }
        else if (IsAllWildcards(path))
        {
            matched = $"every {service} resource";
        }
        else if (NameFirstServices.Contains(service))
        {
            matched = IsAllWildcards(FirstSegment(path)) ? $"every {service} resource" : null;
        }
        else if (path.IndexOfAny(['/', ':']) is var split and > 0 && IsAllWildcards(FirstSegment(path.Substring(split + 1))))
        {
            matched = $"every {service} {path.Substring(0, split)}";
        }

        if (matched is not null)
        {
            broad.Add(new(BroadResource, resource, $"resource '{resource}' matches {matched}; name the resource (a name pattern like 'table/orders-*' is fine, a bare '*' is not)"));
        }
    }

    /// <summary>
    /// True for iam:PassRole and an iam wildcard that matches it (<c>iam:*</c>, <c>iam:Pass*</c>). A bare <c>*</c> is
    /// already refused as every action; naming PassRole for it too would say the same thing twice.
    /// </summary>
    private static bool GrantsPassRole(string action) =>
        action.StartsWith("iam:", StringComparison.OrdinalIgnoreCase) && Matches(action, "iam:PassRole");

    /// <summary>One named role: <c>arn:partition:iam::account:role/path/name</c> with no wildcard anywhere.</summary>
    private static bool IsOneRole(string resource)
    {
        var parts = resource.Split([':'], 6);
        return !resource.Any(IsWildcard) && parts.Length == 6 && parts[0] == "arn" && parts[1].Length > 0 && parts[2] == "iam"
            && parts[4].Length > 0 && parts[5].StartsWith("role/", StringComparison.Ordinal) && parts[5].Length > "role/".Length;
    }

    /// <summary>Case-insensitive IAM wildcard match (<c>*</c> any run, <c>?</c> one character), as IAM matches actions.</summary>
    private static bool Matches(string pattern, string value)
    {
        int p = 0, v = 0, star = -1, mark = 0;
        while (v < value.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(value[v])))
            {
                p++;
                v++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = v;
            }
            else if (star >= 0)
            {
                p = star + 1;
                v = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }

    private static string FirstSegment(string path)
    {
        var end = path.IndexOfAny(['/', ':']);
        return end < 0 ? path : path.Substring(0, end);
    }

    private static bool IsAllWildcards(string value) => value.Length > 0 && value.All(IsWildcard);

    private static bool IsWildcard(char c) => c is '*' or '?';

    private static bool IsLowerAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9');

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
