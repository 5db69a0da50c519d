namespace ServerlessSdk.Tooling.IaC.Iam;

/// <summary>
/// A resource an IAM statement names, abstractly: each writer renders it in its own syntax (a CloudFormation
/// <c>Fn::GetAtt</c>, a Terraform reference, a Serverless parameter).
/// </summary>
internal abstract record IamResource;

/// <summary>The function's own log group (its streams).</summary>
internal sealed record LogGroupResource(string Function) : IamResource;

/// <summary>An SQS queue the IaC creates.</summary>
internal sealed record QueueResource(string Queue) : IamResource;

/// <summary>The function's own dead-letter queue (its on-failure destination).</summary>
internal sealed record FailureQueueResource(string Function) : IamResource;

/// <summary>A Kinesis stream the IaC creates.</summary>
internal sealed record KinesisStreamResource(string Stream) : IamResource;

/// <summary>The stream of the user's DynamoDB table: an input of the IaC.</summary>
internal sealed record DynamoDbStreamResource(string Table) : IamResource;

/// <summary>A declared table (<c>[assembly: DynamoDbTable]</c>).</summary>
internal sealed record TableResource(string Table) : IamResource;

/// <summary>The global secondary indexes of a declared table (<c>arn:…:table/name/index/*</c>).</summary>
internal sealed record TableIndexesResource(string Table) : IamResource;

/// <summary>The stream of a declared table.</summary>
internal sealed record TableStreamResource(string Table) : IamResource;

/// <summary>An SNS topic the IaC creates.</summary>
internal sealed record TopicResource(string Topic) : IamResource;

/// <summary>
/// An S3 bucket the IaC creates (the bucket itself, for listing). CloudFormation names it by its AWS name, not a
/// reference: a bucket that notifies a function would otherwise depend on that function's role, and the role on it.
/// </summary>
internal sealed record BucketResource(string Bucket, string PhysicalName) : IamResource;

/// <summary>The objects of an S3 bucket the IaC creates (<c>arn:…:bucket/*</c>).</summary>
internal sealed record BucketObjectsResource(string Bucket, string PhysicalName) : IamResource;

/// <summary>A declared EventBridge bus.</summary>
internal sealed record EventBusResource(string Bus) : IamResource;

/// <summary>An ARN (or pattern) the user declared, trimmed; checked by <see cref="Rules.PolicyRules"/>.</summary>
internal sealed record LiteralResource(string Arn) : IamResource;

/// <summary>"*": only for X-Ray, which has no resource-level permissions.</summary>
internal sealed record AnyResource : IamResource
{
    public static AnyResource Instance { get; } = new();
}

/// <summary>One allow statement.</summary>
/// <param name="Sid">Alphanumeric statement id, unique in the policy.</param>
/// <param name="Actions">Allowed actions; no wildcard unless a declared statement justifies it (AllowBroadAccess).</param>
/// <param name="Resources">What they act on.</param>
internal sealed record IamStatement(string Sid, IReadOnlyList<string> Actions, IReadOnlyList<IamResource> Resources);
