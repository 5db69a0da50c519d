namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>The generator's codes are registered in its descriptor table; each needs a page and an index row too.</summary>
public sealed class DiagnosticDocsTests
{
    [Fact]
    public void Every_generator_code_has_a_documentation_page_and_a_row_in_the_index()
    {
        var docs = Path.Combine(RepositoryRoot(), "docs", "diagnostics");
        var index = File.ReadAllText(Path.Combine(docs, "README.md"));

        Assert.All(ServerlessSdk.Functions.Generator.Diagnostics.ById.Keys, code =>
        {
            Assert.True(File.Exists(Path.Combine(docs, code + ".md")), $"docs/diagnostics/{code}.md is missing");
            Assert.Contains($"({code}.md)", index, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_generator_code_is_in_the_declarations_range()
    {
        Assert.All(ServerlessSdk.Functions.Generator.Diagnostics.ById.Keys, code => Assert.Matches("^SLS40[0-9]{2}$", code));
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
