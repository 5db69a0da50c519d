// Which declared resources each platform can host: shared by the source generator (the error at the attribute) and
// the IaC step (a manifest gets the same verdict), as ResourceRules is. Plain C#, BCL only.
namespace ServerlessSdk.Rules;

/// <summary>
/// AWS hosts DynamoDB tables (and their indexes), SQS queues, SNS topics, S3 buckets, EventBridge buses and rules;
/// Azure hosts storage tables in the Function App's storage account. Anything else is SLS4060 (docs/iac.md).
/// </summary>
internal static class PlatformResourceRules
{
    /// <summary>SLS4060: a declared resource (or event rule) cannot be hosted on the project's <c>ServerlessPlatform</c>.</summary>
    public const string NotOnPlatform = "SLS4060";

    /// <summary>The <c>ServerlessPlatform</c> values, as the generator and the manifest spell them.</summary>
    public const string Aws = "aws";

    /// <summary>Azure Functions.</summary>
    public const string Azure = "azure";

    /// <summary>Whether <paramref name="platform"/> can host a resource of <paramref name="kind"/>.</summary>
    public static bool Hosts(string platform, string kind) =>
        platform == Azure ? kind == ResourceRules.StorageTable : kind != ResourceRules.StorageTable;

    /// <summary>The problem of declaring <paramref name="name"/> of <paramref name="kind"/> on <paramref name="platform"/>, or null.</summary>
    public static ResourceProblem? Check(string platform, string kind, string name) => Hosts(platform, kind)
        ? null
        : new ResourceProblem(NotOnPlatform, platform == Azure
            ? $"The {ResourceRules.Describe(kind)} '{name}' is an AWS resource, which ServerlessPlatform=azure cannot host: {(kind == ResourceRules.Table ? $"declare [assembly: StorageTable(\"{name}\")] instead" : "Azure apps declare storage tables only")}, or build with ServerlessPlatform=aws"
            : $"The storage table '{name}' is an Azure resource, which ServerlessPlatform=aws cannot host: declare [assembly: DynamoDbTable(\"{name}\", PartitionKey = \"id\")], or build with ServerlessPlatform=azure");

    /// <summary>The problem of an <c>[assembly: EventRule]</c> on <paramref name="platform"/> (EventBridge is AWS only), or null.</summary>
    public static ResourceProblem? CheckEventRule(string platform, string name) => platform == Azure
        ? new ResourceProblem(NotOnPlatform, $"Event rule '{name}' is an EventBridge rule, which ServerlessPlatform=azure cannot host: use a queue trigger, or build with ServerlessPlatform=aws")
        : null;
}
