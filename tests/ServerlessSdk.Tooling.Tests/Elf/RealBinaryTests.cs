using System.Runtime.InteropServices;
using ServerlessSdk.Tooling.Elf;

namespace ServerlessSdk.Tooling.Tests.Elf;

public sealed class RealBinaryTests
{
    private const string SystemBinary = "/bin/ls";

    [Fact]
    public void A_system_binary_parses_with_this_machine_and_glibc_versions()
    {
        // xUnit 2 cannot skip at run time; off glibc Linux there is nothing real to parse.
        if (!OperatingSystem.IsLinux() || !File.Exists(SystemBinary))
        {
            return;
        }

        var read = ElfFile.ReadFile(SystemBinary);

        Assert.True(read.Succeeded, read.Error?.Message);
        var expected = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? ElfMachine.Arm64 : ElfMachine.X64;
        Assert.Equal(expected, read.File.Machine);
        Assert.NotNull(read.File.Interpreter);
        Assert.Contains("libc.so.6", read.File.Needed);
        Assert.Contains(read.File.VersionNeeds.SelectMany(need => need.Versions), version => version.StartsWith("GLIBC_2.", StringComparison.Ordinal));
        Assert.Contains(read.File.VersionedSymbols, symbol => symbol.File == "libc.so.6");
        var text = Assert.Single(read.File.Sections, section => section.Name == ".text");
        Assert.True(text is { Executable: true, InFile: true, Size: > 0 });
        Assert.Contains(read.File.Sections, section => section is { Name: ".bss", InFile: false });
        Assert.True(read.File.Sections.Where(s => s.InFile).Sum(s => s.Size) <= new FileInfo(SystemBinary).Length);
    }
}
