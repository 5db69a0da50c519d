using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.IaC.Model;

/// <summary>
/// What every writer renders: the functions with defaults applied and the shared resources (queues, topics, buckets,
/// streams) each created once however many functions use them. Everything is in a deterministic order.
/// </summary>
internal sealed record ServiceModel(
    string Service,
    IaCSettings Settings,
    IReadOnlyList<FunctionModel> Functions,
    JwtAuthorizer? JwtAuthorizer,
    IReadOnlyList<QueueModel> Queues,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Buckets,
    IReadOnlyList<string> KinesisStreams,
    IReadOnlyList<string> DynamoDbTables)
{
    public bool HasHttpApi => Functions.Any(f => f.Triggers.Http.Count > 0);

    public bool HasIamRoutes => Routes.Any(r => r.Route.Auth == HttpAuth.Iam);

    public bool HasJwtRoutes => Routes.Any(r => r.Route.Auth == HttpAuth.Jwt);

    public IEnumerable<(FunctionModel Function, HttpRouteTrigger Route)> Routes =>
        Functions.SelectMany(f => f.Triggers.Http.Select(r => (f, r)));

    /// <summary>Every S3 notification of a bucket, by function then filter.</summary>
    public IEnumerable<(FunctionModel Function, S3Trigger Trigger)> Notifications(string bucket) =>
        Functions.SelectMany(f => f.Triggers.S3.Where(t => t.Bucket == bucket).Select(t => (f, t)));

    /// <summary>The HTTP API's URL path suffix: nothing for the <c>$default</c> stage.</summary>
    public string StagePath => Settings.StageName == "$default" ? string.Empty : Settings.StageName;
}

/// <summary>An SQS queue the IaC creates.</summary>
/// <param name="Name">Queue name.</param>
/// <param name="VisibilityTimeout">Seconds: six times the longest consumer timeout plus its batching window, as AWS recommends.</param>
/// <param name="MaxReceiveCount">Receives before the dead-letter queue; 0 = none.</param>
internal sealed record QueueModel(string Name, int VisibilityTimeout, int MaxReceiveCount)
{
    public bool HasDeadLetterQueue => MaxReceiveCount > 0;

    public string DeadLetterName => Name + "-dlq";
}
