using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed class GitHubStepSummaryTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Outside_github_actions_nothing_is_written(string? stepSummary)
    {
        Assert.False(GitHubStepSummary.Append(stepSummary, "### report\n"));
    }

    [Fact]
    public void The_markdown_is_appended_after_what_is_there()
    {
        using var folder = new TempFolder();
        var summary = folder.Write("step_summary.md", "earlier step\n");

        var appended = GitHubStepSummary.Append(summary, "### MyApi\n");

        Assert.True(appended);
        Assert.Equal("earlier step\n\n### MyApi\n", File.ReadAllText(summary));
    }
}
