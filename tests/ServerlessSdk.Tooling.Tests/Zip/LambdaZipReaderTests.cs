using System.IO.Compression;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Tests.Zip;

public sealed class LambdaZipReaderTests
{
    [Fact]
    public void Sizes_add_up_over_the_entries()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);
        using var zip = new MemoryStream();
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip);

        var info = LambdaZipReader.Read(zip);

        Assert.Equal(zip.Length, info.ArchiveBytes);
        Assert.Equal(info.Entries.Sum(entry => entry.CompressedBytes), info.CompressedBytes);
        Assert.Equal(info.Entries.Sum(entry => entry.UncompressedBytes), info.UncompressedBytes);
        Assert.Equal(new FileInfo(Path.Combine(publish.Path, "bootstrap")).Length, info.Entries.Single(entry => entry.Path == "bootstrap").UncompressedBytes);
        Assert.True(info.CompressedBytes < info.UncompressedBytes);
    }

    [Fact]
    public void A_zip_not_made_on_unix_has_no_modes()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);
        using var zip = new MemoryStream();
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip);
        foreach (var header in ZipCentralDirectory.ReadHeaders(zip))
        {
            zip.Position = header.Offset + 5;
            zip.WriteByte(0); // "made by" MS-DOS/FAT, what .NET writes on Windows
        }

        var info = LambdaZipReader.Read(zip);

        Assert.All(info.Entries, entry => Assert.Null(entry.UnixMode));
    }

    [Fact]
    public void Marking_a_zip_made_by_unix_brings_its_modes_back()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);
        using var zip = new MemoryStream();
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip);
        foreach (var header in ZipCentralDirectory.ReadHeaders(zip))
        {
            zip.Position = header.Offset + 5;
            zip.WriteByte(0);
        }

        ZipCentralDirectory.MarkMadeByUnix(zip);

        Assert.Equal(Convert.ToInt32("755", 8), LambdaZipReader.Read(zip).Entries.Single(entry => entry.Path == "bootstrap").UnixMode);
    }

    [Fact]
    public void A_zip_from_another_tool_reads_too()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("bootstrap");
            entry.ExternalAttributes = Convert.ToInt32("100700", 8) << 16;
            using var stream = entry.Open();
            stream.Write("hello"u8);
            archive.Comment = "a comment moves the end record";
        }

        var info = LambdaZipReader.Read(zip);

        var bootstrap = Assert.Single(info.Entries);
        Assert.Equal(5, bootstrap.UncompressedBytes);
        Assert.True(bootstrap.IsOwnerExecutable);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_invalid_data()
    {
        using var notZip = new MemoryStream("just text, no central directory"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => LambdaZipReader.Read(notZip));
    }
}
