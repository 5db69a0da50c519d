namespace ServerlessSdk.Tests.Shared;

/// <summary>
/// The [PolicyStatement] inputs both checks see: linked into ServerlessSdk.Functions.Tests (the attribute, through the
/// generator) and used here (a hand-written manifest, through the IaC step), so they must give the same codes.
/// </summary>
internal static class PolicyCases
{
    private static readonly string[] Bucket = ["arn:aws:s3:::my-bucket/*"];

    /// <summary>Actions, resources, the justification (null: no opt-out) and the codes expected, in order.</summary>
    public static IReadOnlyList<(string[] Actions, string[] Resources, string? AllowBroadAccess, string[] Codes)> All { get; } =
    [
        // Wildcard actions and match-everything resources (issue #16's examples).
        (["s3:Get*"], ["arn:aws:s3:::*"], null, ["SLS4013", "SLS4016"]),
        (["iam:PassRole"], ["arn:aws:iam::*:role/*"], null, ["SLS4016", "SLS4017"]),
        (["s3:GetObject"], ["arn:*:*:*:*:*"], null, ["SLS4016"]),
        (["dynamodb:*Item"], ["arn:aws:dynamodb:*:*:table/*"], null, ["SLS4013", "SLS4016"]),
        (["s3:GetObject"], [" *"], null, ["SLS4016"]),
        (["s3:GetObject"], ["*"], null, ["SLS4016"]),
        (["*"], Bucket, null, ["SLS4013"]),
        (["*:*"], Bucket, null, ["SLS4013"]),
        (["s3:*"], Bucket, null, ["SLS4013"]),
        (["iam:*"], ["arn:aws:iam::123456789012:role/worker"], null, ["SLS4013"]),
        (["ssm:GetParameter"], ["arn:aws:ssm:us-east-1:123456789012:parameter/*"], null, ["SLS4016"]),
        (["logs:PutLogEvents"], ["arn:aws:logs:*:*:log-group:*"], null, ["SLS4016"]),
        (["dynamodb:Query"], ["arn:aws:dynamodb:*:*:table/*/index/*"], null, ["SLS4016"]),
        (["s3:GetObject"], ["arn:aws:s3:::*/*"], null, ["SLS4016"]),

        // iam:PassRole needs one named role.
        (["iam:PassRole"], ["arn:aws:iam::123456789012:role/app-*"], null, ["SLS4017"]),
        (["iam:PassRole"], ["arn:aws:s3:::my-bucket"], null, ["SLS4017"]),
        (["iam:Pass*"], ["arn:aws:iam::123456789012:role/*"], null, ["SLS4013", "SLS4016", "SLS4017"]),

        // Malformed and empty.
        (["GetObject"], Bucket, null, ["SLS4018"]),
        (["s3:Get Object"], Bucket, null, ["SLS4018"]),
        (["s3:GetObject"], ["my-bucket"], null, ["SLS4018"]),
        (["s3:GetObject"], ["arn:aws:s3"], null, ["SLS4018"]),
        (["s3:GetObject"], [], null, ["SLS4019"]),
        ([], Bucket, null, ["SLS4019"]),
        (["s3:GetObject", " "], Bucket, null, ["SLS4019"]),
        (["s3:GetObject"], ["arn:aws:s3:::b/*", ""], null, ["SLS4019"]),

        // Least privilege: accepted (wildcards in region and account, name patterns, paths under a named resource).
        (["dynamodb:GetItem", "dynamodb:PutItem"], ["arn:aws:dynamodb:*:*:table/items"], null, []),
        (["s3:GetObject"], Bucket, null, []),
        (["iam:PassRole"], ["arn:aws:iam::123456789012:role/orders-worker"], null, []),
        (["execute-api:Invoke"], ["arn:aws:execute-api:us-east-1:123456789012:abc123/*"], null, []),
        (["dynamodb:Query"], ["arn:aws:dynamodb:us-east-1:123456789012:table/orders/index/*"], null, []),
        (["secretsmanager:GetSecretValue"], ["arn:aws:secretsmanager:us-east-1:123456789012:secret:orders-*"], null, []),
        (["logs:PutLogEvents"], ["arn:aws:logs:*:*:log-group:/aws/lambda/orders:*"], null, []),
        ([" sqs:SendMessage "], [" arn:aws:sqs:us-east-1:123456789012:orders "], null, []),

        // The opt-out: broad grants pass with a justification (the generator then warns SLS4020); malformed never do.
        (["ec2:DescribeNetworkInterfaces"], ["*"], "ec2:Describe* has no resource-level permissions", []),
        (["s3:Get*"], ["arn:aws:s3:::*"], "an inventory job reads every bucket", []),
        (["iam:PassRole"], ["arn:aws:iam::*:role/*"], "a deployment tool", []),
        (["s3:GetObject"], ["*"], "  ", ["SLS4016", "SLS4021"]),
        (["s3:GetObject"], Bucket, "", ["SLS4021"]),
        (["GetObject"], ["*"], "a reason", ["SLS4018"]),
    ];

    public static TheoryData<int> Indexes() => [.. Enumerable.Range(0, All.Count)];
}
