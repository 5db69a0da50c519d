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

    /// <summary>
    /// The names in a <c>ServerlessIaCFormats</c> value, however they arrive: separated by <c>;</c> or <c>,</c>, with
    /// whitespace, and with MSBuild's escapes (<c>%3B</c>, <c>%2C</c>) still in when a host passed the value escaped.
    /// </summary>
    public static IEnumerable<string> Split(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var unescaped = raw.Replace("%3B", ";", StringComparison.OrdinalIgnoreCase).Replace("%2C", ",", StringComparison.OrdinalIgnoreCase);
        return unescaped.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
