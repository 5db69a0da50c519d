namespace ServerlessSdk.Tooling.IaC;

/// <summary>The IaC formats <see cref="IaCEmitter"/> writes (values of <c>ServerlessIaCFormats</c>).</summary>
public static class IaCFormats
{
    /// <summary>AWS SAM: <c>template.yaml</c>.</summary>
    public const string Sam = "sam";

    /// <summary>Terraform with the AWS provider v6: <c>main.tf</c>, <c>variables.tf</c>, <c>outputs.tf</c>.</summary>
    public const string Terraform = "terraform";

    /// <summary>Serverless Framework v3: <c>serverless.yml</c>.</summary>
    public const string Serverless = "serverless";

    /// <summary>Every format, in the order they are written.</summary>
    public static IReadOnlyList<string> All { get; } = [Sam, Terraform, Serverless];
}
