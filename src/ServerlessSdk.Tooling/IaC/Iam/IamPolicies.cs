using ServerlessSdk.Rules;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.IaC.Iam;

/// <summary>
/// The least-privilege policy of each function's own role, decided once for all formats: what its log group, tracing
/// and pull-based triggers need, on those resources only, plus the statements the user declared. Push-based triggers
/// (HTTP, SNS, EventBridge, schedules, S3) need nothing here: they invoke through a resource-based permission scoped
/// to their source ARN.
/// </summary>
internal static class IamPolicies
{
    public static IReadOnlyList<string> LogActions { get; } = ["logs:CreateLogStream", "logs:PutLogEvents"];

    public static IReadOnlyList<string> XRayActions { get; } = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"];

    public static IReadOnlyList<string> SqsActions { get; } =
        ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage"];

    public static IReadOnlyList<string> FailureQueueActions { get; } = ["sqs:SendMessage"];

    public static IReadOnlyList<string> KinesisActions { get; } =
        ["kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards", "kinesis:SubscribeToShard"];

    public static IReadOnlyList<string> DynamoDbStreamActions { get; } =
        ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams"];

    /// <summary>What reading a declared table allows (docs/iac.md, "What [Uses] grants").</summary>
    public static IReadOnlyList<string> TableReadActions { get; } =
        ["dynamodb:BatchGetItem", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan"];

    /// <summary>What reading a declared table allows on its indexes, when it has any.</summary>
    public static IReadOnlyList<string> TableIndexReadActions { get; } = ["dynamodb:Query"];

    public static IReadOnlyList<string> TableWriteActions { get; } =
        ["dynamodb:BatchWriteItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:PutItem", "dynamodb:UpdateItem"];

    public static IReadOnlyList<string> QueueWriteActions { get; } = ["sqs:SendMessage"];

    public static IReadOnlyList<string> TopicWriteActions { get; } = ["sns:Publish"];

    public static IReadOnlyList<string> BucketListActions { get; } = ["s3:ListBucket"];

    public static IReadOnlyList<string> ObjectReadActions { get; } = ["s3:GetObject"];

    public static IReadOnlyList<string> ObjectWriteActions { get; } = ["s3:DeleteObject", "s3:PutObject"];

    public static IReadOnlyList<string> EventBusWriteActions { get; } = ["events:PutEvents"];

    /// <summary>
    /// The statements one [Uses] adds, each on that resource alone: its Sid, actions and resource. Reading a queue is
    /// what an SQS trigger needs too; a bucket is listed on the bucket and read or written on its objects.
    /// </summary>
    public static IEnumerable<IamStatement> Grant(ResourceGrant grant)
    {
        var sid = "Uses" + Naming.Pascal(grant.Resource.Name);
        var reads = grant.Access != Manifest.ResourceAccess.Write;
        var writes = grant.Access != Manifest.ResourceAccess.Read;
        IReadOnlyList<string> Union(IReadOnlyList<string> read, IReadOnlyList<string> write) =>
            [.. (reads ? read : []).Concat(writes ? write : []).Distinct().Order(StringComparer.Ordinal)];
        switch (grant.Resource)
        {
            case Manifest.DeclaredTable table:
                yield return new(sid, Union(TableReadActions, TableWriteActions), [new TableResource(table.Name)]);
                if (reads && table.Indexes.Count > 0)
                {
                    // A query names an index by its own ARN, which the table's does not cover.
                    yield return new(sid + "Indexes", TableIndexReadActions, [new TableIndexesResource(table.Name)]);
                }

                break;
            case Manifest.DeclaredQueue queue:
                yield return new(sid, Union(SqsActions, QueueWriteActions), [new QueueResource(queue.Name)]);
                break;
            case Manifest.DeclaredTopic topic:
                yield return new(sid, TopicWriteActions, [new TopicResource(topic.Name)]);
                break;
            case Manifest.DeclaredBucket bucket:
                if (reads)
                {
                    yield return new(sid + "Bucket", BucketListActions, [new BucketResource(bucket.Name, grant.PhysicalName)]);
                }

                yield return new(sid + "Objects", Union(ObjectReadActions, ObjectWriteActions), [new BucketObjectsResource(bucket.Name, grant.PhysicalName)]);
                break;
            case Manifest.DeclaredEventBus bus:
                yield return new(sid, EventBusWriteActions, [new EventBusResource(bus.Name)]);
                break;
        }
    }

    /// <summary>The statements of <paramref name="function"/>'s role, in a fixed order.</summary>
    public static IReadOnlyList<IamStatement> For(FunctionModel function)
    {
        var statements = new List<IamStatement> { new("Logs", LogActions, [new LogGroupResource(function.Name)]) };
        if (function.Tracing)
        {
            statements.Add(new("XRay", XRayActions, [AnyResource.Instance]));
        }

        var triggers = function.Triggers;
        if (triggers.Sqs.Count > 0)
        {
            statements.Add(new("Sqs", SqsActions, [.. triggers.Sqs.Select(t => t.Queue).Distinct().Select(q => new QueueResource(q))]));
        }

        if (triggers.Kinesis.Count > 0)
        {
            statements.Add(new("Kinesis", KinesisActions, [.. triggers.Kinesis.Select(t => t.Stream).Distinct().Select(s => new KinesisStreamResource(s))]));
        }

        if (triggers.DynamoDb.Count > 0)
        {
            statements.Add(new("DynamoDbStreams", DynamoDbStreamActions, [.. triggers.DynamoDb.Select(t => t.Table).Distinct()
                .Select(t => function.IsDeclaredTable(t) ? (IamResource)new TableStreamResource(t) : new DynamoDbStreamResource(t))]));
        }

        if (function.HasFailureQueue)
        {
            // Lambda sends failed asynchronous events and stream batches to the destination as the function's role.
            statements.Add(new("FailureQueue", FailureQueueActions, [new FailureQueueResource(function.Name)]));
        }

        statements.AddRange(function.Uses.SelectMany(Grant));
        for (var i = 0; i < function.Policies.Count; i++)
        {
            var declared = function.Policies[i];
            statements.Add(new($"Declared{i + 1}", declared.Actions, [.. declared.Resources.Select(r => new LiteralResource(r))]));
        }

        return statements;
    }

    /// <summary>
    /// Checks the statements the user declared with [PolicyStatement] with the generator's rules and codes
    /// (<see cref="PolicyRules"/>), so a hand-written manifest gets the verdict the attribute would have. An opt-out is
    /// not reported again here: the generator reported it (SLS4020) and the measurement report lists it.
    /// </summary>
    public static IEnumerable<ServerlessDiagnostic> CheckDeclared(FunctionModel function) =>
        function.Policies
            .SelectMany(statement => PolicyRules.Check(statement.Actions, statement.Resources, statement.AllowBroadAccess).Errors)
            .Select(problem => ServerlessDiagnostic.Error(problem.Code, $"function {function.Name}: {problem.Message}"));
}
