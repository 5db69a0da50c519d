using System.Security.Cryptography;
using System.Text;
using ServerlessSdk.Build.Tests.Infrastructure;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Build.Tests;

/// <summary>
/// `dotnet publish -r linux-x64` of a function referencing ServerlessSdk.Build, end to end. The linux-arm64
/// cross-publish (the architecture following the runtime identifier) is ServerlessSdk.EndToEndTests' HelloApi
/// arm64 publish: its zip, its aarch64 bootstrap and that bootstrap answering under qemu.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class PublishPackageTests(LocalFeed feed)
{
    private FunctionProject Published() => PublishedFunction.Of(feed).Project;

    [Fact]
    public void Publish_writes_a_zip_named_after_the_project_and_its_architecture()
    {
        var (function, result) = (Published(), PublishedFunction.Of(feed).FirstPublish);

        Assert.EndsWith($"{Path.DirectorySeparatorChar}Shared-x86_64.zip", function.ZipPath(), StringComparison.Ordinal);
        Assert.True(File.Exists(function.ZipPath()), result.Output);
        Assert.Contains(function.ZipPath(), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_zip_holds_an_executable_bootstrap_at_its_root_and_no_debug_files()
    {
        var zip = LambdaZipReader.Read(Published().ZipPath());

        var bootstrap = Assert.Single(zip.Entries, e => e.Path == "bootstrap");
        Assert.Equal(0b111_101_101, bootstrap.UnixMode!.Value & 0b111_111_111);
        Assert.DoesNotContain(zip.Entries, e => e.Path.EndsWith(".dbg", StringComparison.Ordinal) || e.Path.EndsWith(".pdb", StringComparison.Ordinal) || e.Path.EndsWith(".xml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_bootstrap_from_the_zip_answers_an_invocation()
    {
        var extracted = Directory.CreateTempSubdirectory("serverlesssdk-unzip-").FullName;
        try
        {
            System.IO.Compression.ZipFile.ExtractToDirectory(Published().ZipPath(), extracted);
            var bootstrap = Path.Combine(extracted, "bootstrap");
            File.SetUnixFileMode(bootstrap, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var sample = await FunctionRunner.MeasureColdStartAsync(FunctionCommand.Executable(bootstrap), Encoding.UTF8.GetBytes("{}"), new ProbeOptions());

            Assert.True(sample.Succeeded, sample.Failure?.ToString());
            Assert.Equal("""{"statusCode":200,"body":"hello"}""", sample.FirstInvocation!.BodyText);
        }
        finally
        {
            Directory.Delete(extracted, recursive: true);
        }
    }

    [Fact]
    public void Publishing_again_with_nothing_changed_leaves_the_zip_untouched()
    {
        var function = Published();
        function.Publish().ShouldSucceed(); // whatever ran before, settle on the default settings
        var before = File.GetLastWriteTimeUtc(function.ZipPath());

        var result = function.Publish().ShouldSucceed();

        Assert.DoesNotContain(function.ZipPath(), result.Output, StringComparison.Ordinal);

        Assert.Equal(before, File.GetLastWriteTimeUtc(function.ZipPath()));
    }

    [Fact]
    public void Publishing_the_same_source_twice_from_clean_gives_byte_identical_zips()
    {
        // The shared project's zip is its first publish's, from a fresh project (later publishes either change
        // nothing or fail before packaging); this one starts from clean again.
        var function = Published();
        function.Publish().ShouldSucceed(); // whatever ran before, settle on the default settings
        var first = File.ReadAllBytes(function.ZipPath());

        function.Clean();
        function.Publish().ShouldSucceed();
        var second = File.ReadAllBytes(function.ZipPath());

        Assert.Equal(EntryHashes(first), EntryHashes(second)); // names the entry that differs
        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
    }

    private static string EntryHashes(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        return string.Join('\n', archive.Entries.Select(entry =>
        {
            using var content = entry.Open();
            return $"{entry.FullName} {entry.LastWriteTime:O} {entry.ExternalAttributes:x} {Convert.ToHexString(SHA256.HashData(content))}";
        }));
    }

    [Fact]
    public void A_declared_architecture_that_does_not_match_the_binary_fails_with_SLS5010_and_writes_no_zip()
    {
        var function = Published();

        var result = function.Publish("-p:ServerlessArchitecture=arm64").ShouldFail();

        Assert.Contains("SLS5010", result.Errors);
        Assert.False(File.Exists(function.ZipPath("arm64")));
    }

    [Fact]
    public void An_unknown_runtime_fails_with_SLS5020()
    {
        var result = Published().Publish("-p:ServerlessRuntime=provided.al1").ShouldFail();

        Assert.Contains("SLS5020", result.Errors);
    }

    [Fact]
    public void A_function_that_needs_icu_fails_with_SLS5030()
    {
        using var function = new FunctionProject(feed, "Icu");

        var result = function.Publish("-p:InvariantGlobalization=false").ShouldFail();

        Assert.Contains("SLS5030", result.Errors);
        Assert.False(File.Exists(function.ZipPath()));
    }

    [Fact]
    public void A_function_whose_executable_is_not_named_bootstrap_fails_with_SLS5042()
    {
        // What the zip's root holds, not how the executable was compiled: a framework-dependent publish will do.
        using var function = new FunctionProject(feed, "Misnamed", FunctionProject.QuickPublish);

        var result = function.Publish("-p:AssemblyName=Misnamed").ShouldFail();

        Assert.Contains("SLS5042", result.Errors);
    }

    [Fact]
    public void Packaging_can_be_switched_off()
    {
        // The switch decides whether a zip is written, not what is in it (the shape tests package this kind of publish).
        using var function = new FunctionProject(feed, "Off", FunctionProject.QuickPublish);

        function.Publish("-p:ServerlessPackage=false").ShouldSucceed();

        Assert.False(File.Exists(function.ZipPath()));
    }
}
