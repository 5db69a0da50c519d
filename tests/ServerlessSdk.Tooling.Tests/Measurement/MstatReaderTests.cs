
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Tests.Measurement;

public sealed class MstatReaderTests
{
    private static readonly string FixturePath = Path.Combine(AppContext.BaseDirectory, "Measurement", "Fixtures", "tiny.mstat");

    private static MstatSizes Read() => MstatReader.Read(FixturePath);

    [Fact]
    public void The_checked_in_fixture_is_what_the_generator_writes()
    {
        var built = MstatFixture.Build();
        if (Environment.GetEnvironmentVariable("SERVERLESS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(Path.Combine(SourceDirectory(), "Fixtures", "tiny.mstat"), built);
        }

        Assert.Equal(File.ReadAllBytes(FixturePath), built);
    }

    [Fact]
    public void Methods_are_attributed_to_their_assembly_and_namespace_with_gc_and_eh_info()
    {
        var entries = Read().Entries;

        var json = Assert.Single(entries, e => e.Assembly == "System.Text.Json");
        Assert.Equal(("System.Text.Json", 1000L, 100L, 256L, 120L), (json.Namespace, json.Code, json.CodeInfo, json.Data, json.Hydrated));
        var core = Assert.Single(entries, e => e.Assembly == "System.Private.CoreLib" && e.Namespace == "System");
        Assert.Equal((1000L, 110L, 80L + 40L), (core.Code, core.CodeInfo, core.Hydrated));
    }

    [Fact]
    public void A_nested_type_counts_for_its_outer_type_and_a_generic_instance_for_its_definition()
    {
        var entries = Read().Entries;

        var serilog = Assert.Single(entries, e => e.Assembly == "Serilog");
        Assert.Equal(("Serilog.Core", 500L, 200L), (serilog.Namespace, serilog.Code, serilog.Hydrated));
        var list = Assert.Single(entries, e => e.Namespace == "System.Collections.Generic");
        Assert.Equal(("System.Private.CoreLib", 100L), (list.Assembly, list.Code));
    }

    [Fact]
    public void Blobs_counted_elsewhere_are_left_out_and_the_others_kept_by_kind()
    {
        var blobs = Read().Blobs;

        Assert.Equal(["Metadata", "StackTraceMethodMapping", "DehydratedData"], blobs.Select(b => b.Kind));
        Assert.Equal(5000, blobs[0].Bytes);
    }

    [Fact]
    public void The_format_version_is_the_assembly_version()
    {
        Assert.Equal(new Version(2, 2, 65535, 65535), Read().FormatVersion);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0 })]
    public void A_file_that_is_not_an_mstat_is_refused_as_invalid_data(byte[] bytes)
    {
        Assert.Throws<InvalidDataException>(() => MstatReader.Read(new MemoryStream(bytes)));
    }

    [Fact]
    public void An_assembly_without_the_lists_is_refused_as_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => MstatReader.Read(typeof(MstatReaderTests).Assembly.Location));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
