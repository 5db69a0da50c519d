namespace ServerlessSdk.Functions;

/// <summary>
/// An IAM permission the handler needs beyond its triggers (whose permissions are implied), added to the function's
/// own role. Name specific actions and resources: wildcard actions (<c>s3:Get*</c>), resources that match everything
/// of a service or type (<c>*</c>, <c>arn:aws:s3:::*</c>, <c>table/*</c>) and <c>iam:PassRole</c> on anything but one
/// role are compile-time errors (docs/iac.md), unless <see cref="AllowBroadAccess"/> says why they are needed.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class PolicyStatementAttribute : Attribute
{
    /// <summary>IAM actions, e.g. <c>dynamodb:GetItem</c>.</summary>
    public string[] Actions { get; set; } = [];

    /// <summary>Resource ARNs (patterns allowed), e.g. <c>arn:aws:dynamodb:*:*:table/items</c>.</summary>
    public string[] Resources { get; set; } = [];

    /// <summary>
    /// Opts this statement out of the least-privilege checks, with the reason, e.g.
    /// <c>"ec2:DescribeNetworkInterfaces has no resource-level permissions"</c>. Required to be non-empty; the build
    /// reports every opted-out statement (SLS4020) and the report lists them. Malformed or empty entries stay errors.
    /// </summary>
    public string? AllowBroadAccess { get; set; }
}
