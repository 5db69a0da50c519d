using System.Buffers.Binary;
using ServerlessSdk.Tooling.Elf;

namespace ServerlessSdk.Tooling.Tests.Elf;

public sealed class ElfFaultyInputTests
{
    [Fact]
    public void A_text_file_is_not_elf()
    {
        var read = ElfFile.Read("#!/bin/sh\nexec ./app\n"u8);

        Assert.Equal(ElfReadErrorKind.NotElf, read.Error?.Kind);
    }

    [Fact]
    public void An_empty_file_is_not_elf()
    {
        var read = ElfFile.Read([]);

        Assert.Equal(ElfReadErrorKind.NotElf, read.Error?.Kind);
    }

    [Fact]
    public void A_32_bit_elf_file_is_rejected_as_not_64_bit()
    {
        var bytes = new ElfBuilder().Build().Bytes;
        bytes[4] = 1; // ELFCLASS32

        var read = ElfFile.Read(bytes);

        Assert.Equal(ElfReadErrorKind.Not64Bit, read.Error?.Kind);
    }

    [Fact]
    public void A_big_endian_elf_file_is_rejected()
    {
        var bytes = new ElfBuilder().Build().Bytes;
        bytes[5] = 2; // ELFDATA2MSB

        var read = ElfFile.Read(bytes);

        Assert.Equal(ElfReadErrorKind.BigEndian, read.Error?.Kind);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    public void A_file_cut_inside_the_header_is_truncated(int length)
    {
        var bytes = new ElfBuilder().Build().Bytes[..length];

        var read = ElfFile.Read(bytes);

        Assert.Equal(ElfReadErrorKind.Truncated, read.Error?.Kind);
    }

    [Fact]
    public void A_file_cut_before_its_section_headers_is_truncated()
    {
        var image = ElfBuilder.TypicalAotExecutable().Build();

        var read = ElfFile.Read(image.Bytes.AsSpan(0, image.Layout.SectionHeaders + 10));

        Assert.Equal(ElfReadErrorKind.Truncated, read.Error?.Kind);
    }

    [Fact]
    public void Every_truncation_gives_a_failed_result_rather_than_an_exception()
    {
        var bytes = ElfBuilder.TypicalAotExecutable().Build().Bytes;

        for (var length = 0; length < bytes.Length; length++)
        {
            var read = ElfFile.Read(bytes.AsSpan(0, length));

            Assert.False(read.Succeeded, $"a file cut to {length} bytes parsed");
        }
    }

    [Fact]
    public void Overwriting_any_byte_never_throws()
    {
        var original = ElfBuilder.TypicalAotExecutable().Build().Bytes;

        foreach (var value in new byte[] { 0x00, 0x7f, 0xff })
        {
            for (var at = 0; at < original.Length; at++)
            {
                var bytes = (byte[])original.Clone();
                bytes[at] = value;

                var exception = Record.Exception(() => ElfFile.Read(bytes));

                Assert.True(exception is null, $"byte {at} = 0x{value:x2}: {exception}");
            }
        }
    }

    [Fact]
    public void Random_damage_never_throws()
    {
        var original = ElfBuilder.TypicalAotExecutable().Build().Bytes;
        var random = new Random(5001); // fixed seed: a failure reproduces

        for (var run = 0; run < 2000; run++)
        {
            var bytes = (byte[])original.Clone();
            for (var hit = random.Next(1, 8); hit > 0; hit--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var exception = Record.Exception(() => ElfFile.Read(bytes));

            Assert.True(exception is null, $"run {run}: {exception}");
        }
    }

    [Fact]
    public void A_section_pointing_past_the_end_is_truncated()
    {
        var image = ElfBuilder.TypicalAotExecutable().Build();
        BinaryPrimitives.WriteUInt64LittleEndian(image.Bytes.AsSpan(image.Layout.SectionHeader(ElfLayout.VersionNeedsSection) + 24), 1UL << 40);

        var read = ElfFile.Read(image.Bytes);

        Assert.Equal(ElfReadErrorKind.Truncated, read.Error?.Kind);
    }

    [Fact]
    public void A_name_outside_the_string_table_is_malformed()
    {
        var image = ElfBuilder.TypicalAotExecutable().Build();
        BinaryPrimitives.WriteUInt32LittleEndian(image.Bytes.AsSpan(image.Layout.VersionNeeds + 4), 0xFFFF); // vn_file

        var read = ElfFile.Read(image.Bytes);

        Assert.Equal(ElfReadErrorKind.Malformed, read.Error?.Kind);
    }

    [Fact]
    public void A_version_entry_linking_outside_its_section_is_malformed()
    {
        var image = ElfBuilder.TypicalAotExecutable().Build();
        BinaryPrimitives.WriteUInt32LittleEndian(image.Bytes.AsSpan(image.Layout.VersionNeeds + 12), 0x7fff_0000); // vn_next

        var read = ElfFile.Read(image.Bytes);

        Assert.Equal(ElfReadErrorKind.Malformed, read.Error?.Kind);
    }

    [Fact]
    public void A_symbol_table_linked_to_a_non_string_section_is_malformed()
    {
        var image = ElfBuilder.TypicalAotExecutable().Build();
        BinaryPrimitives.WriteUInt32LittleEndian(image.Bytes.AsSpan(image.Layout.SectionHeader(ElfLayout.DynamicSymbolsSection) + 40), ElfLayout.DynamicSection);

        var read = ElfFile.Read(image.Bytes);

        Assert.Equal(ElfReadErrorKind.Malformed, read.Error?.Kind);
    }

    [Fact]
    public void A_version_table_shorter_than_the_symbol_table_is_malformed()
    {
        var image = ElfBuilder.TypicalAotExecutable().Build();
        BinaryPrimitives.WriteUInt64LittleEndian(image.Bytes.AsSpan(image.Layout.SectionHeader(ElfLayout.VersionsSection) + 32), 2);

        var read = ElfFile.Read(image.Bytes);

        Assert.Equal(ElfReadErrorKind.Malformed, read.Error?.Kind);
    }

    [Fact]
    public void A_dynamic_file_without_section_headers_is_malformed_rather_than_needing_nothing()
    {
        var bytes = ElfBuilder.TypicalAotExecutable().Build().Bytes;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(40), 0); // e_shoff
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(60), 0); // e_shnum

        var read = ElfFile.Read(bytes);

        Assert.Equal(ElfReadErrorKind.Malformed, read.Error?.Kind);
    }
}
