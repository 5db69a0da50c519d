
using ServerlessSdk.Tooling.Elf;

namespace ServerlessSdk.Tooling.Tests.Elf;

public sealed class ElfFileTests
{
    [Fact]
    public void The_header_gives_machine_type_and_interpreter()
    {
        var image = new ElfBuilder { Machine = 183, Type = 2, Interpreter = "/lib/ld-linux-aarch64.so.1" }.Build();

        var read = ElfFile.Read(image.Bytes);

        Assert.True(read.Succeeded, read.Error?.Message);
        Assert.Equal(ElfMachine.Arm64, read.File.Machine);
        Assert.Equal(ElfType.Executable, read.File.Type);
        Assert.Equal("/lib/ld-linux-aarch64.so.1", read.File.Interpreter);
    }

    [Fact]
    public void Needed_libraries_come_from_the_dynamic_section_in_order()
    {
        var image = new ElfBuilder().Needs("libssl.so.3").Needs("libc.so.6").Build();

        var elf = ElfFile.Read(image.Bytes).File!;

        Assert.Equal(["libssl.so.3", "libc.so.6"], elf.Needed);
    }

    [Fact]
    public void Version_needs_list_each_library_with_its_versions()
    {
        var image = ElfBuilder.TypicalAotExecutable().Build();

        var elf = ElfFile.Read(image.Bytes).File!;

        Assert.Equal(
            [
                new ElfVersionNeed("libc.so.6", ["GLIBC_2.34", "GLIBC_2.2.5"]),
                new ElfVersionNeed("libm.so.6", ["GLIBC_2.29"]),
                new ElfVersionNeed("ld-linux-x86-64.so.2", ["GLIBC_2.3"]),
            ],
            elf.VersionNeeds,
            ElfVersionNeedComparer.Instance);
    }

    [Fact]
    public void Undefined_symbols_are_mapped_to_the_version_they_need()
    {
        var image = new ElfBuilder()
            .Imports("memfd_secret", "libc.so.6", "GLIBC_2.38")
            .Imports("puts", "libc.so.6", "GLIBC_2.2.5")
            .Build();

        var elf = ElfFile.Read(image.Bytes).File!;

        Assert.Equal(
            [new ElfVersionedSymbol("memfd_secret", "libc.so.6", "GLIBC_2.38"), new ElfVersionedSymbol("puts", "libc.so.6", "GLIBC_2.2.5")],
            elf.VersionedSymbols);
        Assert.Equal("memfd_secret@GLIBC_2.38", elf.VersionedSymbols[0].ToString());
    }

    [Fact]
    public void Defined_and_unversioned_symbols_are_not_versioned_imports()
    {
        var image = new ElfBuilder()
            .Imports("puts", "libc.so.6", "GLIBC_2.2.5")
            .ImportsUnversioned("weak_hook")
            .Defines("main")
            .Build();

        var elf = ElfFile.Read(image.Bytes).File!;

        Assert.Equal(["puts"], elf.VersionedSymbols.Select(symbol => symbol.Name));
    }

    [Fact]
    public void A_version_need_without_symbols_is_still_listed()
    {
        var image = new ElfBuilder().NeedsVersion("libc.so.6", "GLIBC_2.36").Build();

        var elf = ElfFile.Read(image.Bytes).File!;

        Assert.Equal(["GLIBC_2.36"], elf.VersionNeeds.Single().Versions);
        Assert.Empty(elf.VersionedSymbols);
    }

    [Fact]
    public void A_file_without_versions_has_needed_libraries_but_no_version_needs()
    {
        var image = new ElfBuilder().Needs("libc.so.6").ImportsUnversioned("puts").Build();

        var elf = ElfFile.Read(image.Bytes).File!;

        Assert.Equal(["libc.so.6"], elf.Needed);
        Assert.Empty(elf.VersionNeeds);
        Assert.Empty(elf.VersionedSymbols);
    }

    [Fact]
    public void A_static_executable_needs_nothing()
    {
        var image = new ElfBuilder { Type = 2 }.Static().Build();

        var read = ElfFile.Read(image.Bytes);

        Assert.True(read.Succeeded, read.Error?.Message);
        Assert.Null(read.File.Interpreter);
        Assert.Empty(read.File.Needed);
        Assert.Empty(read.File.VersionNeeds);
    }

    [Fact]
    public void A_missing_file_is_unreadable()
    {
        var read = ElfFile.ReadFile(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "bootstrap"));

        Assert.Equal(ElfReadErrorKind.Unreadable, read.Error?.Kind);
    }

    [Fact]
    public void A_file_on_disk_reads_like_its_bytes()
    {
        var image = ElfBuilder.TypicalAotExecutable().Build();
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, image.Bytes);

            var read = ElfFile.ReadFile(path);

            Assert.True(read.Succeeded, read.Error?.Message);
            Assert.Equal(ElfFile.Read(image.Bytes).File!.Needed, read.File.Needed);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class ElfVersionNeedComparer : IEqualityComparer<ElfVersionNeed>
    {
        public static ElfVersionNeedComparer Instance { get; } = new();

        public bool Equals(ElfVersionNeed? x, ElfVersionNeed? y) =>
            x?.File == y?.File && (x?.Versions ?? []).SequenceEqual(y?.Versions ?? []);

        public int GetHashCode(ElfVersionNeed obj) => obj.File.GetHashCode(StringComparison.Ordinal);
    }
}
