using System.Text;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>Adds the Markdown report to a GitHub Actions job summary.</summary>
public static class GitHubStepSummary
{
    /// <summary>The variable GitHub Actions sets to the job summary file; hosts read it and pass its value in.</summary>
    public const string EnvironmentVariable = "GITHUB_STEP_SUMMARY";

    /// <summary>
    /// Appends <paramref name="markdown"/> to the file named by <paramref name="stepSummaryPath"/> (the value of
    /// <see cref="EnvironmentVariable"/>), separated from what is there by a blank line. Outside GitHub Actions the
    /// value is empty and nothing happens.
    /// </summary>
    /// <returns>True when something was appended.</returns>
    public static bool Append(string? stepSummaryPath, string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (string.IsNullOrWhiteSpace(stepSummaryPath))
        {
            return false;
        }

        File.AppendAllText(stepSummaryPath, "\n" + markdown + (markdown.EndsWith('\n') ? "" : "\n"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }
}
