using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.Reports;

public sealed class FileWriterTests
{
    private static readonly DateTime LongAgo = new(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);

    [Fact]
    public void A_new_file_is_written_with_its_folder()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "obj", "serverless-report.json");

        var written = FileWriter.WriteIfChanged(path, "{}\n");

        Assert.True(written);
        Assert.Equal("{}\n", File.ReadAllText(path));
    }

    [Fact]
    public void Equal_content_leaves_the_file_untouched()
    {
        using var folder = new TempFolder();
        var path = folder.Write("serverless-report.md", "same ✅");
        File.SetLastWriteTimeUtc(path, LongAgo);

        var written = FileWriter.WriteIfChanged(path, "same ✅");

        Assert.False(written);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Changed_content_replaces_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.Write("serverless-report.md", "old");
        File.SetLastWriteTimeUtc(path, LongAgo);

        var written = FileWriter.WriteIfChanged(path, "new");

        Assert.True(written);
        Assert.Equal("new", File.ReadAllText(path));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void No_temporary_file_is_left_behind()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "serverless-report.html");

        FileWriter.WriteIfChanged(path, "a");
        FileWriter.WriteIfChanged(path, "b");

        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Files_are_utf8_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "r.md");

        FileWriter.WriteIfChanged(path, "✅");

        Assert.Equal([0xE2, 0x9C, 0x85], File.ReadAllBytes(path));
    }
}
