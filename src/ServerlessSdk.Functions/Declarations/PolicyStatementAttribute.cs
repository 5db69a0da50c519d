namespace ServerlessSdk.Functions;

/// <summary>
/// An IAM permission the handler needs beyond its triggers (whose permissions are implied), added to the function's
/// own role. Name specific actions and resources: <c>"*"</c> as an action is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class PolicyStatementAttribute : Attribute
{
    /// <summary>IAM actions, e.g. <c>dynamodb:GetItem</c>.</summary>
    public string[] Actions { get; set; } = [];

    /// <summary>Resource ARNs (patterns allowed), e.g. <c>arn:aws:dynamodb:*:*:table/items</c>.</summary>
    public string[] Resources { get; set; } = [];
}
