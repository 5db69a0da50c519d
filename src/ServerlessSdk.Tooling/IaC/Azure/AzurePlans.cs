namespace ServerlessSdk.Tooling.IaC.Azure;

/// <summary>The hosting plans the Bicep can create (<c>ServerlessAzurePlan</c>); see <c>docs/azure.md</c>.</summary>
public static class AzurePlans
{
    /// <summary>Flex Consumption (FC1): scale to zero, per-execution billing, deployment from a blob container.</summary>
    public const string Flex = "flex";

    /// <summary>Elastic Premium (EP1) on Linux: pre-warmed instances, no cold start after the first.</summary>
    public const string Premium = "premium";

    /// <summary>A Dedicated (App Service) Linux plan (P0v3): fixed instances, Always On.</summary>
    public const string Dedicated = "dedicated";

    /// <summary>Every plan.</summary>
    public static IReadOnlyList<string> All { get; } = [Flex, Premium, Dedicated];
}
