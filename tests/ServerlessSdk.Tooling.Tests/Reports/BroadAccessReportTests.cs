using System.Text.Json;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Reports;

namespace ServerlessSdk.Tooling.Tests.Reports;

/// <summary>A [PolicyStatement] opted out with AllowBroadAccess is listed in every report format (issue #16).</summary>
public sealed class BroadAccessReportTests
{
    private static readonly ServiceManifest Manifest = ServiceManifestReader.FromJson("""
        {
          "schemaVersion": 1, "service": "orders",
          "functions": [
            { "name": "Worker", "handler": "Orders.Worker", "tracing": false,
              "policies": [
                { "actions": ["sqs:SendMessage"], "resources": ["arn:aws:sqs:us-east-1:123456789012:orders"] },
                { "actions": [" ec2:DescribeNetworkInterfaces"], "resources": ["*"], "allowBroadAccess": " no resource-level <permissions> " }
              ],
              "triggers": [ { "type": "schedule", "expression": "rate(1 hour)", "enabled": true } ] },
            { "name": "Auditor", "handler": "Orders.Auditor", "tracing": false,
              "policies": [ { "actions": ["s3:Get*"], "resources": ["arn:aws:s3:::*"], "allowBroadAccess": "reads every bucket | inventory" } ],
              "triggers": [ { "type": "schedule", "expression": "rate(1 day)", "enabled": true } ] }
          ]
        }
        """);

    private static ServerlessReport Report() => SampleReports.WithinBudgets() with { BroadAccess = BroadAccessGrant.From(Manifest) };

    [Fact]
    public void Only_opted_out_statements_are_grants_trimmed_and_by_function_name()
    {
        var grants = BroadAccessGrant.From(Manifest);

        Assert.Equal(["Auditor", "Worker"], grants.Select(g => g.Function));
        Assert.Equal(["ec2:DescribeNetworkInterfaces"], grants[1].Actions);
        Assert.Equal("no resource-level <permissions>", grants[1].Justification);
        Assert.Empty(BroadAccessGrant.From(null));
    }

    [Fact]
    public void The_json_report_lists_them()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(Report()));

        var grants = json.RootElement.GetProperty("broadAccess");
        Assert.Equal(2, grants.GetArrayLength());
        Assert.Equal(["function", "actions", "resources", "justification"], grants[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("reads every bucket | inventory", grants[0].GetProperty("justification").GetString());
        Assert.Equal(BroadAccessGrant.From(Manifest).Select(g => g.Justification), JsonReportWriter.Read(JsonReportWriter.Write(Report())).BroadAccess.Select(g => g.Justification));
    }

    [Fact]
    public void The_markdown_report_lists_them_escaped()
    {
        var markdown = MarkdownReportWriter.Write(Report());

        Assert.Contains("| function | statement | justification |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Auditor | <code>s3:Get* on arn:aws:s3:::*</code> | reads every bucket \\\\| inventory |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Worker | <code>ec2:DescribeNetworkInterfaces on *</code> | no resource-level \\<permissions\\> |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_lists_them_encoded()
    {
        var html = HtmlReportWriter.Write(Report());

        Assert.Contains("<h2>Broad IAM access</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Worker</td><td><code>ec2:DescribeNetworkInterfaces on *</code></td><td>no resource-level &lt;permissions&gt;</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_grants_has_no_section()
    {
        var report = SampleReports.WithinBudgets();

        Assert.DoesNotContain("Broad IAM access", MarkdownReportWriter.Write(report), StringComparison.Ordinal);
        Assert.DoesNotContain("Broad IAM access", HtmlReportWriter.Write(report), StringComparison.Ordinal);
        Assert.Contains("\"broadAccess\": []", JsonReportWriter.Write(report), StringComparison.Ordinal);
    }
}
