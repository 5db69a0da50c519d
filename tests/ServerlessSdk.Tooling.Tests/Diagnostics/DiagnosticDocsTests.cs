namespace ServerlessSdk.Tooling.Tests.Diagnostics;

public sealed class DiagnosticDocsTests
{
    [Fact]
    public void Every_code_has_a_documentation_page_and_a_row_in_the_index()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs", "diagnostics");
        var index = File.ReadAllText(Path.Combine(docs, "README.md"));

        Assert.All(DefinedCodes.All(), code =>
        {
            Assert.True(File.Exists(Path.Combine(docs, code + ".md")), $"docs/diagnostics/{code}.md is missing");
            Assert.Contains($"({code}.md)", index, StringComparison.Ordinal);
        });
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ServerlessSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The test is not running inside the repository.");
    }
}
