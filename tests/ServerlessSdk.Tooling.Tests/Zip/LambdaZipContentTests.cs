
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Tests.Zip;

public sealed class LambdaZipContentTests
{
    [Fact]
    public void A_publish_folder_leaves_out_debug_symbols_and_documentation_xml()
    {
        using var folder = new TempFolder();
        PublishFolder.Fill(folder);

        var content = LambdaZipContent.FromPublishFolder(folder.Path);

        Assert.Equal(
            ["Config.xml", "Zeta/a.txt", "appsettings.json", "bootstrap", "libextra.so", "wwwroot/index.html"],
            content.Entries.Select(entry => entry.PathInZip));
    }

    [Fact]
    public void Only_bootstrap_at_the_root_is_executable()
    {
        using var folder = new TempFolder();
        PublishFolder.Fill(folder);
        folder.Write("tools/bootstrap", "not the entry point");

        var content = LambdaZipContent.FromPublishFolder(folder.Path);

        Assert.Equal(["bootstrap"], content.Entries.Where(entry => entry.IsExecutable).Select(entry => entry.PathInZip));
    }

    [Theory]
    [InlineData("bootstrap.dbg", true)]
    [InlineData("Lib.PDB", true)]
    [InlineData("Lib.xml", true)]
    [InlineData("Config.xml", false)]
    [InlineData("broken.xml", false)]
    [InlineData("bootstrap", false)]
    [InlineData("Lib.dll", false)]
    public void The_exclusion_rule_goes_by_extension_and_for_xml_by_content(string name, bool excluded)
    {
        using var folder = new TempFolder();
        var content = name switch
        {
            "Lib.xml" => PublishFolder.DocumentationXml,
            "Config.xml" => "<settings />",
            "broken.xml" => "<doc",
            _ => "bytes",
        };
        var path = folder.Write(name, content);

        Assert.Equal(excluded, LambdaZipContent.IsExcluded(path));
    }

    [Fact]
    public void Entries_are_sorted_ordinally_and_backslashes_become_slashes()
    {
        var content = new LambdaZipContent(
        [
            new LambdaZipEntry("/x/b", "lib\\b.so", false),
            new LambdaZipEntry("/x/a", "a.txt", false),
            new LambdaZipEntry("/x/B", "B.txt", false),
        ]);

        Assert.Equal(["B.txt", "a.txt", "lib/b.so"], content.Entries.Select(entry => entry.PathInZip));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../outside")]
    [InlineData("a//b")]
    [InlineData("a/./b")]
    [InlineData("")]
    public void A_path_that_is_not_relative_inside_the_zip_is_rejected(string pathInZip)
    {
        Assert.ThrowsAny<ArgumentException>(() => new LambdaZipContent([new LambdaZipEntry("/x/a", pathInZip, false)]));
    }

    [Fact]
    public void The_same_path_twice_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new LambdaZipContent(
        [
            new LambdaZipEntry("/x/a", "lib/a", false),
            new LambdaZipEntry("/y/a", "lib\\a", false),
        ]));
    }
}
