using System.Text.RegularExpressions;

namespace ServerlessSdk.Tooling.Tests.Diagnostics;

/// <summary>
/// DiagnosticCodes is the one registry: the build tasks, the tool and (linked) the source generator take their codes
/// from it, and every code anywhere in the shipped sources, every page and every index row must agree with it.
/// </summary>
public sealed partial class DiagnosticDocsTests
{
    private static readonly string Docs = Path.Combine(Repository.Root, "docs", "diagnostics");

    [Fact]
    public void Every_code_has_a_documentation_page_and_a_row_in_the_index()
    {
        var index = File.ReadAllText(Path.Combine(Docs, "README.md"));

        Assert.All(DefinedCodes.All(), code =>
        {
            Assert.True(File.Exists(Path.Combine(Docs, code + ".md")), $"docs/diagnostics/{code}.md is missing");
            Assert.Contains($"({code}.md)", index, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void No_code_has_two_names()
    {
        var codes = DefinedCodes.All();

        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_page_is_a_registered_code_or_says_it_is_retired()
    {
        var defined = DefinedCodes.All().ToHashSet(StringComparer.Ordinal);

        Assert.All(Directory.GetFiles(Docs, "SLS*.md"), page =>
        {
            var code = Path.GetFileNameWithoutExtension(page);
            Assert.True(defined.Contains(code) || File.ReadAllText(page).Contains("Retired: no longer reported", StringComparison.Ordinal), $"{code}.md documents a code DiagnosticCodes does not define");
        });
    }

    /// <summary>
    /// Codes written as literals where the registry cannot be referenced (MSBuild targets' &lt;Error Code&gt;, the
    /// template pack's inline task) or by mistake in C#: each must be a registered code.
    /// </summary>
    [Fact]
    public void Every_code_in_the_shipped_sources_is_registered()
    {
        var defined = DefinedCodes.All().ToHashSet(StringComparer.Ordinal);
        var extensions = new[] { ".cs", ".targets", ".props", ".csproj", ".json" };
        var files = new[] { "src", "templates" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories))
            .Where(file => extensions.Contains(Path.GetExtension(file)) && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var unknown = files
            .SelectMany(file => Code().Matches(Range().Replace(File.ReadAllText(file), "")).Select(match => $"{match.Value} in {Path.GetRelativePath(Repository.Root, file)}"))
            .Where(hit => !defined.Contains(hit[..7]))
            .ToList();

        Assert.Empty(unknown);
    }

    /// <summary>
    /// The guides cite codes by hand (docs/iac.md once cited one for another rule): each must be registered, or have
    /// a page saying what replaced it, so a reader never follows a code nothing reports.
    /// </summary>
    [Fact]
    public void Every_code_the_guides_cite_is_registered_or_retired()
    {
        var defined = DefinedCodes.All().ToHashSet(StringComparer.Ordinal);
        var guides = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md").Append(Path.Combine(Repository.Root, "README.md"));

        var unknown = guides
            .SelectMany(file => Code().Matches(Range().Replace(File.ReadAllText(file), "")).Select(match => (Code: match.Value, File: Path.GetFileName(file))))
            .Where(hit => !defined.Contains(hit.Code) && !IsRetired(hit.Code))
            .Select(hit => $"{hit.Code} in {hit.File}")
            .Distinct()
            .ToList();

        Assert.Empty(unknown);
    }

    private static bool IsRetired(string code)
    {
        var page = Path.Combine(Docs, code + ".md");
        return File.Exists(page) && File.ReadAllText(page).Contains("Retired: no longer reported", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\bSLS[0-9]{4}\b")]
    private static partial Regex Code();

    /// <summary>Ranges in comments ("SLS4100–SLS4199") name no code.</summary>
    [GeneratedRegex(@"SLS[0-9]{4}\s*[–-]\s*SLS[0-9]{4}")]
    private static partial Regex Range();
}
