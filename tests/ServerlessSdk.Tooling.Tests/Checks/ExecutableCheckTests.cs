using ServerlessSdk.Tooling.Checks;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Tests.Elf;

namespace ServerlessSdk.Tooling.Tests.Checks;

public sealed class ExecutableCheckTests
{
    private static readonly ArtifactTarget Al2023X64 = new("provided.al2023", "x86_64", InvariantGlobalization: true);

    [Fact]
    public void A_good_executable_for_its_target_has_no_diagnostics()
    {
        var read = ElfFile.Read(ElfBuilder.TypicalAotExecutable().Build().Bytes);

        var diagnostics = ArtifactChecks.CheckExecutable(read, Al2023X64, "bootstrap");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Every_failing_check_reports()
    {
        var builder = ElfBuilder.TypicalAotExecutable().Imports("memfd_secret", "libc.so.6", "GLIBC_2.38");
        builder.Machine = 183;
        var read = ElfFile.Read(builder.Build().Bytes);

        var diagnostics = ArtifactChecks.CheckExecutable(read, Al2023X64 with { InvariantGlobalization = false });

        Assert.Equal(
            [DiagnosticCodes.ArchitectureMismatch, DiagnosticCodes.GlibcTooNew, DiagnosticCodes.IcuNotOnRuntime],
            Codes.Of(diagnostics));
    }

    [Fact]
    public void An_unknown_runtime_and_architecture_are_reported_and_their_checks_skipped()
    {
        var read = ElfFile.Read(ElfBuilder.TypicalAotExecutable().Build().Bytes);

        var diagnostics = ArtifactChecks.CheckExecutable(read, new ArtifactTarget("provided.al2099", "riscv64", InvariantGlobalization: false));

        Assert.Equal([DiagnosticCodes.UnknownArchitecture, DiagnosticCodes.UnknownRuntime], Codes.Of(diagnostics));
    }

    [Fact]
    public void A_non_elf_file_gets_the_not_elf64_code_only()
    {
        var read = ElfFile.Read("#!/bin/sh\n"u8);

        var diagnostics = ArtifactChecks.CheckExecutable(read, Al2023X64);

        Assert.Equal([DiagnosticCodes.ExecutableNotElf64], Codes.Of(diagnostics));
    }

    [Theory]
    [InlineData(4, 1)] // ELFCLASS32
    [InlineData(5, 2)] // ELFDATA2MSB
    public void Thirty_two_bit_and_big_endian_files_get_the_not_elf64_code(int at, byte value)
    {
        var bytes = ElfBuilder.TypicalAotExecutable().Build().Bytes;
        bytes[at] = value;

        var diagnostics = ArtifactChecks.CheckReadable(ElfFile.Read(bytes));

        Assert.Equal([DiagnosticCodes.ExecutableNotElf64], Codes.Of(diagnostics));
    }

    [Fact]
    public void A_truncated_file_gets_the_malformed_code()
    {
        var bytes = ElfBuilder.TypicalAotExecutable().Build().Bytes;

        var diagnostics = ArtifactChecks.CheckReadable(ElfFile.Read(bytes.AsSpan(0, bytes.Length / 2)));

        Assert.Equal([DiagnosticCodes.ExecutableMalformed], Codes.Of(diagnostics));
    }

    [Fact]
    public void A_missing_file_gets_the_unreadable_code()
    {
        var read = ElfFile.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));

        var diagnostics = ArtifactChecks.CheckReadable(read);

        Assert.Equal([DiagnosticCodes.ExecutableUnreadable], Codes.Of(diagnostics));
    }
}
