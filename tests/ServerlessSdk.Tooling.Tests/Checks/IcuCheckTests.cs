using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Tests.Elf;

namespace ServerlessSdk.Tooling.Tests.Checks;

public sealed class IcuCheckTests
{
    private static ElfFile Parse(ElfBuilder builder) => ElfFile.Read(builder.Build().Bytes).File!;

    [Fact]
    public void Invariant_globalization_without_libicu_passes()
    {
        var diagnostics = ArtifactChecks.CheckIcu(Parse(ElfBuilder.TypicalAotExecutable()), OsOnlyRuntimes.ProvidedAl2023, invariantGlobalization: true);

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Globalization_with_icu_on_a_provided_runtime_fails()
    {
        var diagnostics = ArtifactChecks.CheckIcu(Parse(ElfBuilder.TypicalAotExecutable()), OsOnlyRuntimes.ProvidedAl2023, invariantGlobalization: false);

        Assert.Equal([DiagnosticCodes.IcuNotOnRuntime], Codes.Of(diagnostics));
    }

    [Fact]
    public void Linking_libicu_fails_even_with_invariant_globalization()
    {
        var elf = Parse(ElfBuilder.TypicalAotExecutable().Needs("libicuuc.so.72"));

        var diagnostics = ArtifactChecks.CheckIcu(elf, OsOnlyRuntimes.ProvidedAl2, invariantGlobalization: true);

        Assert.Equal([DiagnosticCodes.IcuNotOnRuntime], Codes.Of(diagnostics));
    }

    [Fact]
    public void Both_causes_together_give_one_diagnostic()
    {
        var elf = Parse(ElfBuilder.TypicalAotExecutable().Needs("libicui18n.so.72"));

        var diagnostics = ArtifactChecks.CheckIcu(elf, OsOnlyRuntimes.ProvidedAl2023, invariantGlobalization: false);

        Assert.Equal([DiagnosticCodes.IcuNotOnRuntime], Codes.Of(diagnostics));
    }

    [Fact]
    public void A_runtime_that_provides_icu_accepts_globalization()
    {
        var withIcu = OsOnlyRuntimes.ProvidedAl2023 with { Name = "icu.test", ProvidesIcu = true };

        var diagnostics = ArtifactChecks.CheckIcu(Parse(ElfBuilder.TypicalAotExecutable().Needs("libicuuc.so.72")), withIcu, invariantGlobalization: false);

        Assert.Empty(diagnostics);
    }
}
