using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Tests.Elf;

namespace ServerlessSdk.Tooling.Tests.Checks;

public sealed class ArchitectureCheckTests
{
    private static ElfFile ForMachine(ushort machine) => ElfFile.Read(new ElfBuilder { Machine = machine }.Build().Bytes).File!;

    [Theory]
    [InlineData(62, "x86_64")]
    [InlineData(183, "arm64")]
    [InlineData(183, "ARM64")]
    public void A_matching_machine_passes(ushort machine, string declared)
    {
        var diagnostics = ArtifactChecks.CheckArchitecture(ForMachine(machine), declared);

        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData(62, "arm64")]
    [InlineData(183, "x86_64")]
    [InlineData(40, "arm64")]
    public void A_different_machine_is_a_mismatch(ushort machine, string declared)
    {
        var diagnostics = ArtifactChecks.CheckArchitecture(ForMachine(machine), declared);

        Assert.Equal([DiagnosticCodes.ArchitectureMismatch], Codes.Of(diagnostics));
    }

    [Theory]
    [InlineData("amd64")]
    [InlineData("x64")]
    [InlineData("aarch64")]
    [InlineData("")]
    public void An_architecture_lambda_does_not_name_is_unknown(string declared)
    {
        var diagnostics = ArtifactChecks.CheckArchitecture(ForMachine(62), declared);

        Assert.Equal([DiagnosticCodes.UnknownArchitecture], Codes.Of(diagnostics));
    }

    [Fact]
    public void Both_table_runtimes_run_on_both_architectures()
    {
        var diagnostics = OsOnlyRuntimes.All
            .SelectMany(runtime => LambdaInstructionSet.All.SelectMany(architecture => ArtifactChecks.CheckRuntimeArchitecture(runtime, architecture)));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_runtime_without_the_architecture_is_reported()
    {
        var x64Only = new OsOnlyRuntime("provided.test", new Version(2, 17), [LambdaInstructionSet.X64], ProvidesIcu: false);

        var diagnostics = ArtifactChecks.CheckRuntimeArchitecture(x64Only, LambdaInstructionSet.Arm64);

        Assert.Equal([DiagnosticCodes.ArchitectureNotOnRuntime], Codes.Of(diagnostics));
    }
}
