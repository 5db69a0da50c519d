using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Tests.Checks;
using ServerlessSdk.Tooling.Tests.Zip;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Tests.Measurement;

public sealed class PackageSizeAnalyzerTests
{
    [Fact]
    public void Zipped_bytes_equal_the_length_of_the_zip_DeterministicZip_writes()
    {
        using var publish = new TempFolder();
        using var output = new TempFolder();
        PublishFolder.Fill(publish);
        var zip = Path.Combine(output.Path, "function.zip");
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip);

        var result = PackageSizeAnalyzer.Analyze(publish.Path);

        Assert.True(result.Succeeded);
        Assert.Equal(new FileInfo(zip).Length, result.Size.ZippedBytes);
    }

    [Fact]
    public void Each_file_reports_its_compressed_size_inside_that_zip()
    {
        using var publish = new TempFolder();
        using var output = new TempFolder();
        PublishFolder.Fill(publish);
        var zip = Path.Combine(output.Path, "function.zip");
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip);
        var expected = LambdaZipReader.Read(zip).Entries.ToDictionary(e => e.Path, e => e.CompressedBytes);

        var result = PackageSizeAnalyzer.Analyze(publish.Path);

        Assert.All(result.Size!.LargestFiles, file => Assert.Equal(expected[file.Path], file.ZippedBytes));
    }

    [Fact]
    public void Symbols_and_documentation_xml_are_left_out_like_the_publish_zip_leaves_them_out()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);
        var zipped = LambdaZipContent.FromPublishFolder(publish.Path).Entries;

        var result = PackageSizeAnalyzer.Analyze(publish.Path);

        Assert.Equal(zipped.Count, result.Size!.FileCount);
        Assert.Equal(zipped.Sum(e => new FileInfo(e.SourcePath).Length), result.Size.TotalBytes);
        Assert.DoesNotContain(result.Size.LargestFiles, f => f.Path.EndsWith(".pdb", StringComparison.Ordinal) || f.Path.EndsWith(".dbg", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_the_listed_payload_files_are_counted()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);

        var result = PackageSizeAnalyzer.Analyze(publish.Path, ["bootstrap", Path.Combine(publish.Path, "appsettings.json")]);

        Assert.Equal(2, result.Size!.FileCount);
        Assert.Equal(["bootstrap", "appsettings.json"], result.Size.LargestFiles.Select(f => f.Path));
        Assert.Equal(new FileInfo(Path.Combine(publish.Path, "bootstrap")).Length + new FileInfo(Path.Combine(publish.Path, "appsettings.json")).Length, result.Size.TotalBytes);
    }

    [Fact]
    public void A_payload_file_listed_twice_is_counted_once()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);

        var result = PackageSizeAnalyzer.Analyze(publish.Path, ["bootstrap", Path.Combine(publish.Path, "bootstrap")]);

        Assert.Equal(1, result.Size!.FileCount);
    }

    [Fact]
    public void The_ten_largest_files_are_listed_largest_first()
    {
        using var publish = new TempFolder();
        for (var i = 1; i <= 12; i++)
        {
            publish.Write($"file{i:00}.bin", new string('x', i * 100));
        }

        var result = PackageSizeAnalyzer.Analyze(publish.Path);

        Assert.Equal(12, result.Size!.FileCount);
        Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(i => $"file{i:00}.bin"), result.Size.LargestFiles.Select(f => f.Path));
        Assert.Equal(1200, result.Size.LargestFiles[0].Bytes);
    }

    [Fact]
    public void An_empty_folder_weighs_only_the_zip_trailer()
    {
        using var publish = new TempFolder();

        var result = PackageSizeAnalyzer.Analyze(publish.Path);

        Assert.Equal(0, result.Size!.TotalBytes);
        Assert.Equal(22, result.Size.ZippedBytes); // the end-of-central-directory record alone
        Assert.Empty(result.Size.LargestFiles);
    }

    [Fact]
    public void A_missing_folder_is_reported_with_its_code()
    {
        var result = PackageSizeAnalyzer.Analyze(Path.Combine(Path.GetTempPath(), "sls-missing-" + Guid.NewGuid().ToString("N")));

        Assert.False(result.Succeeded);
        Assert.Equal([DiagnosticCodes.PackageFolderNotFound], Codes.Of(result.Diagnostics));
    }

    [Fact]
    public void A_missing_payload_file_is_reported_with_its_code()
    {
        using var publish = new TempFolder();
        PublishFolder.Fill(publish);

        var result = PackageSizeAnalyzer.Analyze(publish.Path, ["bootstrap", "gone.dll"]);

        Assert.False(result.Succeeded);
        Assert.Equal([DiagnosticCodes.PayloadFileInvalid], Codes.Of(result.Diagnostics));
    }

    [Fact]
    public void A_payload_file_outside_the_folder_is_reported_with_its_code()
    {
        using var publish = new TempFolder();
        using var elsewhere = new TempFolder();
        var outside = elsewhere.Write("secret.txt", "not part of the function");

        var result = PackageSizeAnalyzer.Analyze(publish.Path, [outside]);

        Assert.Equal([DiagnosticCodes.PayloadFileInvalid], Codes.Of(result.Diagnostics));
    }
}
