using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Tests.Zip;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Tests.Checks;

public sealed class PackageCheckTests
{
    private static readonly int Mode0755 = Convert.ToInt32("755", 8);
    private static readonly int Mode0644 = Convert.ToInt32("644", 8);

    private static LambdaZipInfo ZipWith(params LambdaZipEntryInfo[] entries) =>
        new(ArchiveBytes: 1000, CompressedBytes: 900, UncompressedBytes: 5000, entries);

    [Fact]
    public void Sizes_exactly_at_the_limits_pass()
    {
        var diagnostics = ArtifactChecks.CheckPackageSize(DeploymentPackageLimits.MaxZippedBytes, DeploymentPackageLimits.MaxUnzippedBytes);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void One_byte_over_50_mb_zipped_fails()
    {
        var diagnostics = ArtifactChecks.CheckPackageSize(52_428_801, 100_000_000);

        Assert.Equal([DiagnosticCodes.ZipTooLarge], Codes.Of(diagnostics));
    }

    [Fact]
    public void One_byte_over_250_mb_unzipped_fails()
    {
        var diagnostics = ArtifactChecks.CheckPackageSize(40_000_000, 262_144_001);

        Assert.Equal([DiagnosticCodes.UnzippedTooLarge], Codes.Of(diagnostics));
    }

    [Fact]
    public void Both_limits_broken_give_both_codes()
    {
        var diagnostics = ArtifactChecks.CheckPackageSize(60_000_000, 300_000_000);

        Assert.Equal([DiagnosticCodes.ZipTooLarge, DiagnosticCodes.UnzippedTooLarge], Codes.Of(diagnostics));
    }

    [Fact]
    public void An_executable_bootstrap_at_the_root_passes()
    {
        var diagnostics = ArtifactChecks.CheckBootstrap(ZipWith(new LambdaZipEntryInfo("bootstrap", 10, 20, Mode0755)));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_zip_without_bootstrap_fails()
    {
        var diagnostics = ArtifactChecks.CheckBootstrap(ZipWith(new LambdaZipEntryInfo("HelloApi", 10, 20, Mode0755)));

        Assert.Equal([DiagnosticCodes.BootstrapMissing], Codes.Of(diagnostics));
    }

    [Fact]
    public void A_bootstrap_in_a_subfolder_does_not_count()
    {
        var diagnostics = ArtifactChecks.CheckBootstrap(ZipWith(new LambdaZipEntryInfo("publish/bootstrap", 10, 20, Mode0755)));

        Assert.Equal([DiagnosticCodes.BootstrapMissing], Codes.Of(diagnostics));
    }

    [Fact]
    public void A_bootstrap_without_owner_execute_fails()
    {
        var diagnostics = ArtifactChecks.CheckBootstrap(ZipWith(new LambdaZipEntryInfo("bootstrap", 10, 20, Mode0644)));

        Assert.Equal([DiagnosticCodes.BootstrapNotExecutable], Codes.Of(diagnostics));
    }

    [Fact]
    public void A_bootstrap_without_a_unix_mode_fails()
    {
        var diagnostics = ArtifactChecks.CheckBootstrap(ZipWith(new LambdaZipEntryInfo("bootstrap", 10, 20, UnixMode: null)));

        Assert.Equal([DiagnosticCodes.BootstrapNotExecutable], Codes.Of(diagnostics));
    }

    [Fact]
    public void A_zip_written_from_a_publish_folder_passes_every_zip_check()
    {
        using var publish = new TempFolder();
        using var output = new TempFolder();
        PublishFolder.Fill(publish);
        var zip = Path.Combine(output.Path, "function.zip");
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip);

        var diagnostics = ArtifactChecks.CheckZip(LambdaZipReader.Read(zip), zip);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_zip_of_a_folder_without_bootstrap_fails_the_zip_checks()
    {
        using var publish = new TempFolder();
        using var output = new TempFolder();
        publish.Write("HelloApi", "executable under the wrong name");
        var zip = Path.Combine(output.Path, "function.zip");
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(publish.Path), zip);

        var diagnostics = ArtifactChecks.CheckZip(LambdaZipReader.Read(zip));

        Assert.Equal([DiagnosticCodes.BootstrapMissing], Codes.Of(diagnostics));
    }
}
