using Microsoft.CodeAnalysis;
using ServerlessSdk.Tests.Shared;

namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>[PolicyStatement] least privilege at compile time (issue #16), with the inputs the manifest check gets too.</summary>
public sealed class PolicyStatementTests
{
    [Theory]
    [MemberData(nameof(PolicyCases.Indexes), MemberType = typeof(PolicyCases))]
    public void Each_statement_gets_the_shared_codes(int index)
    {
        var (actions, resources, allow, codes) = PolicyCases.All[index];
        var optedOut = codes.Length == 0 && !string.IsNullOrWhiteSpace(allow);

        var run = GeneratorHarness.Run(Handler(Statement(actions, resources, allow)));

        Assert.Equal(optedOut ? ["SLS4020"] : codes, run.Codes);
        Assert.Equal(codes.Length == 0, run.Manifest() is not null);
    }

    [Fact]
    public void A_leading_space_does_not_hide_the_everything_resource()
    {
        var run = GeneratorHarness.Run(Handler(Statement(["s3:GetObject"], [" *"], null)));

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("SLS4016", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Null(run.Manifest());
    }

    [Fact]
    public void The_manifest_has_the_trimmed_entries()
    {
        var run = GeneratorHarness.Run(Handler(Statement([" sqs:SendMessage "], ["\tarn:aws:sqs:us-east-1:123456789012:orders "], null)));

        var policy = Assert.Single(Assert.Single(run.Manifest()!.Functions).Policies);
        Assert.Equal(["sqs:SendMessage"], policy.Actions);
        Assert.Equal(["arn:aws:sqs:us-east-1:123456789012:orders"], policy.Resources);
        Assert.Null(policy.AllowBroadAccess);
    }

    [Fact]
    public void An_opt_out_is_emitted_warned_with_function_statement_and_justification_and_recorded_in_the_manifest()
    {
        var run = GeneratorHarness.Run(Handler(Statement(["ec2:DescribeNetworkInterfaces"], ["*"], " ec2:Describe* has no resource-level permissions ")));

        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal(("SLS4020", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        var message = warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("Function W ", message, StringComparison.Ordinal);
        Assert.Contains("ec2:DescribeNetworkInterfaces on *", message, StringComparison.Ordinal);
        Assert.Contains("ec2:Describe* has no resource-level permissions", message, StringComparison.Ordinal);
        Assert.StartsWith("PolicyStatement(", run.Input.SyntaxTrees.Single().ToString()[warning.Location.SourceSpan.Start..], StringComparison.Ordinal);
        var policy = Assert.Single(Assert.Single(run.Manifest()!.Functions).Policies);
        Assert.Equal(["ec2:DescribeNetworkInterfaces"], policy.Actions);
        Assert.Equal(["*"], policy.Resources);
        Assert.Equal("ec2:Describe* has no resource-level permissions", policy.AllowBroadAccess);
    }

    [Fact]
    public void A_class_level_opt_out_is_warned_for_the_function_that_gets_it()
    {
        var run = GeneratorHarness.Run(Sources.With("""
            [PolicyStatement(Actions = new[] { "s3:Get*" }, Resources = new[] { "arn:aws:s3:::*" }, AllowBroadAccess = "inventory")]
            public static class Inventory
            {
                [SqsTrigger("q")]
                public static void Scan(SqsEvent e) { }
            }
            """));

        var warning = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SLS4020", warning.Id);
        Assert.StartsWith("Function Scan ", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Handler(string statement) => Sources.With($$"""
        public static class Handlers
        {
            [PolicyStatement({{statement}})]
            [SqsTrigger("q")]
            public static void W(SqsEvent e) { }
        }
        """);

    private static string Statement(string[] actions, string[] resources, string? allow) =>
        $"Actions = {Array(actions)}, Resources = {Array(resources)}" + (allow is null ? string.Empty : $", AllowBroadAccess = \"{allow}\"");

    private static string Array(string[] values) =>
        values.Length == 0 ? "new string[0]" : $"new[] {{ {string.Join(", ", values.Select(v => $"\"{v.Replace("\t", "\\t", StringComparison.Ordinal)}\""))} }}";
}
