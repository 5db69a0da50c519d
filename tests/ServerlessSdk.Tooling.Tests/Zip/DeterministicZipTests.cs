using System.IO.Compression;
using System.Security.Cryptography;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Tests.Zip;

public sealed class DeterministicZipTests : IDisposable
{
    private readonly TempFolder _sample = new();
    private readonly TempFolder _sampleOutput = new();

    public void Dispose()
    {
        _sample.Dispose();
        _sampleOutput.Dispose();
    }

    private static string Sha256(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Arrange and act shared by the tests that only read the zip of the sample publish folder.</summary>
    private string ZipOfSamplePublishFolder()
    {
        PublishFolder.Fill(_sample);
        var zip = Path.Combine(_sampleOutput.Path, "function.zip");
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(_sample.Path), zip);
        return zip;
    }

    [Fact]
    public void Zipping_the_same_files_twice_gives_identical_bytes_even_when_mtimes_differ()
    {
        using var publish = new TempFolder();
        using var output = new TempFolder();
        PublishFolder.Fill(publish);
        var first = Path.Combine(output.Path, "first.zip");
        var second = Path.Combine(output.Path, "second.zip");
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), first);
        foreach (var file in Directory.EnumerateFiles(publish.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, new DateTime(2031, 7, 9, 13, 14, 15, DateTimeKind.Utc));
        }

        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), second);

        Assert.Equal(Sha256(first), Sha256(second));
    }

    [Fact]
    public void The_order_entries_are_given_in_does_not_change_the_bytes()
    {
        using var publish = new TempFolder();
        using var output = new TempFolder();
        PublishFolder.Fill(publish);
        var entries = LambdaZipContent.FromPublishFolder(publish.Path).Entries;
        var sorted = Path.Combine(output.Path, "sorted.zip");
        var reversed = Path.Combine(output.Path, "reversed.zip");

        DeterministicZip.Write(new LambdaZipContent(entries), sorted);
        DeterministicZip.Write(new LambdaZipContent(entries.Reverse()), reversed);

        Assert.Equal(Sha256(sorted), Sha256(reversed));
    }

    [Fact]
    public void Entries_are_stored_in_ordinal_path_order()
    {
        var zip = ZipOfSamplePublishFolder();

        var paths = LambdaZipReader.Read(zip).Entries.Select(entry => entry.Path).ToList();
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
    }

    [Fact]
    public void Bootstrap_gets_0755_and_everything_else_0644()
    {
        var zip = ZipOfSamplePublishFolder();

        var modes = LambdaZipReader.Read(zip).Entries.ToDictionary(entry => entry.Path, entry => entry.UnixMode);
        Assert.Equal(Convert.ToInt32("755", 8), modes["bootstrap"]);
        Assert.All(modes.Where(mode => mode.Key != "bootstrap"), mode => Assert.Equal(Convert.ToInt32("644", 8), mode.Value));
    }

    [Fact]
    public void Every_entry_carries_the_dos_epoch_timestamp()
    {
        var zip = ZipOfSamplePublishFolder();

        using var archive = ZipFile.OpenRead(zip);
        Assert.All(archive.Entries, entry => Assert.Equal(new DateTime(1980, 1, 1, 0, 0, 0), entry.LastWriteTime.DateTime));
    }

    [Fact]
    public void The_files_unzip_to_their_original_content()
    {
        var zip = ZipOfSamplePublishFolder();

        using var archive = ZipFile.OpenRead(zip);
        using var reader = new StreamReader(archive.GetEntry("wwwroot/index.html")!.Open());
        Assert.Equal("<html></html>", reader.ReadToEnd());
    }

    [Fact]
    public void A_zip_inside_the_folder_it_zips_is_refused()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);
        var zip = publish.Write("function.zip", "an older zip");

        Assert.Throws<ArgumentException>(() => DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip));
    }

    [Fact]
    public void Rewriting_replaces_the_previous_zip_and_leaves_no_temporary_file()
    {
        using var publish = new TempFolder();
        using var output = new TempFolder();
        PublishFolder.Fill(publish);
        var zip = output.Write("function.zip", "stale");

        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip);

        Assert.Equal(6, LambdaZipReader.Read(zip).Entries.Count);
        Assert.Equal(["function.zip"], Directory.EnumerateFiles(output.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_non_empty_or_unseekable_destination_is_refused()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);
        var content = LambdaZipContent.FromPublishFolder(publish.Path);
        using var nonEmpty = new MemoryStream([1, 2, 3]);

        Assert.Throws<ArgumentException>(() => DeterministicZip.Write(content, nonEmpty));
    }
}
