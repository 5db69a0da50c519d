using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Tests.Elf;

namespace ServerlessSdk.Tooling.Tests.Checks;

public sealed class GlibcCheckTests
{
    private static ElfFile Parse(ElfBuilder builder) => ElfFile.Read(builder.Build().Bytes).File!;

    [Fact]
    public void A_typical_aot_executable_fits_provided_al2023()
    {
        var elf = Parse(ElfBuilder.TypicalAotExecutable());

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2023);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Glibc_2_34_is_too_new_for_provided_al2()
    {
        var elf = Parse(ElfBuilder.TypicalAotExecutable());

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2);

        Assert.Equal([DiagnosticCodes.GlibcTooNew], Codes.Of(diagnostics));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void Glibc_2_38_is_too_new_for_provided_al2023_and_the_error_names_the_symbol()
    {
        var elf = Parse(ElfBuilder.TypicalAotExecutable().Imports("memfd_secret", "libc.so.6", "GLIBC_2.38"));

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2023, "publish/bootstrap");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.GlibcTooNew, diagnostic.Code);
        Assert.Equal("publish/bootstrap", diagnostic.File);
        Assert.Contains("memfd_secret@GLIBC_2.38", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("__libc_start_main", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_five_offending_symbols_are_named()
    {
        var builder = new ElfBuilder();
        foreach (var name in new[] { "a1", "a2", "a3", "a4", "a5", "a6", "a7" })
        {
            builder.Imports(name, "libc.so.6", "GLIBC_2.39");
        }

        var diagnostics = ArtifactChecks.CheckGlibc(Parse(builder), OsOnlyRuntimes.ProvidedAl2023);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(5, diagnostic.Message.Split("@GLIBC_2.39").Length - 1);
    }

    [Fact]
    public void A_version_need_without_symbols_still_fails()
    {
        var elf = Parse(new ElfBuilder().NeedsVersion("libc.so.6", "GLIBC_2.35"));

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2023);

        Assert.Equal([DiagnosticCodes.GlibcTooNew], Codes.Of(diagnostics));
    }

    [Fact]
    public void Versions_of_other_libraries_and_glibc_private_are_ignored()
    {
        var elf = Parse(new ElfBuilder()
            .Imports("SSL_new", "libssl.so.3", "OPENSSL_3.0.0")
            .Imports("_dl_private", "ld-linux-x86-64.so.2", "GLIBC_PRIVATE")
            .Imports("puts", "libc.so.6", "GLIBC_2.2.5"));

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Versions_from_any_glibc_library_count_not_only_libc()
    {
        var elf = Parse(new ElfBuilder().Imports("exp2", "libm.so.6", "GLIBC_2.29"));

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2);

        Assert.Equal([DiagnosticCodes.GlibcTooNew], Codes.Of(diagnostics));
    }

    [Fact]
    public void Packed_relocations_need_glibc_2_36()
    {
        var elf = Parse(new ElfBuilder().NeedsVersion("libc.so.6", "GLIBC_ABI_DT_RELR"));

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2023);

        Assert.Equal([DiagnosticCodes.GlibcTooNew], Codes.Of(diagnostics));
    }

    [Fact]
    public void Exactly_the_runtime_glibc_passes()
    {
        var elf = Parse(new ElfBuilder().Imports("x", "libc.so.6", "GLIBC_2.26"));

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Version_parts_compare_as_numbers_not_text()
    {
        // As text "2.3.4" > "2.26"; as a version it is older.
        var elf = Parse(new ElfBuilder().Imports("x", "libc.so.6", "GLIBC_2.3.4"));

        var diagnostics = ArtifactChecks.CheckGlibc(elf, OsOnlyRuntimes.ProvidedAl2);

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("provided.al2023")]
    [InlineData("provided.al2")]
    [InlineData("Provided.AL2023")]
    public void Known_runtimes_are_found_by_name(string runtime)
    {
        var elf = Parse(ElfBuilder.TypicalAotExecutable().Imports("memfd_secret", "libc.so.6", "GLIBC_2.38"));

        var diagnostics = ArtifactChecks.CheckGlibc(elf, runtime);

        Assert.Equal([DiagnosticCodes.GlibcTooNew], Codes.Of(diagnostics));
    }

    [Theory]
    [InlineData("provided")]
    [InlineData("dotnet8")]
    [InlineData("")]
    public void An_unknown_runtime_has_its_own_code(string runtime)
    {
        var elf = Parse(ElfBuilder.TypicalAotExecutable());

        var diagnostics = ArtifactChecks.CheckGlibc(elf, runtime);

        Assert.Equal([DiagnosticCodes.UnknownRuntime], Codes.Of(diagnostics));
    }
}
