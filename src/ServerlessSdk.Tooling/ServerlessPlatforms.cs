namespace ServerlessSdk.Tooling;

/// <summary>The values of <c>ServerlessPlatform</c> and of the function manifest's <c>platform</c>.</summary>
public static class ServerlessPlatforms
{
    /// <summary>AWS Lambda (the default when neither the property nor the manifest says).</summary>
    public const string Aws = "aws";

    /// <summary>Azure Functions, through a custom handler (<c>docs/azure.md</c>).</summary>
    public const string Azure = "azure";

    /// <summary>Every platform.</summary>
    public static IReadOnlyList<string> All { get; } = [Aws, Azure];
}
