using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Tests.Measurement;

public sealed class ExecutableBreakdownTests
{
    /// <summary>An executable laid out like a Native AOT one: managed code twice the mstat's method bytes, types compressed to half.</summary>
    internal static readonly IReadOnlyList<ElfSection> Sections =
    [
        new("", 0, false, false),
        new(".text", 4000, true, true),
        new(".plt", 100, true, true),
        new("__managedcode", 5200, true, true),
        new(".rodata", 7000, false, true),
        new(".dotnet_eh_table", 300, false, true),
        new(".eh_frame", 900, false, true),
        new(".dynsym", 100, false, true),
        new(".hydrated", 600, false, false),
        new(".bss", 5000, false, false),
    ];

    internal static ExecutableBreakdown FromFixture(long bytes = 20_000) =>
        ExecutableBreakdown.Create("bootstrap", bytes, MstatReader.Read(Path.Combine(AppContext.BaseDirectory, "Measurement", "Fixtures", "tiny.mstat")), Sections);

    [Fact]
    public void Assemblies_get_their_share_of_the_code_sections_and_their_data()
    {
        var breakdown = FromFixture();

        // Code 2600 → 5200 bytes of __managedcode (×2), GC/EH info 270 → 300 (×1.111), RVA data as is, and types and
        // frozen objects (440 in memory) at the dehydrated/hydrated ratio 300/600.
        var json = Assert.Single(breakdown.Assemblies, p => p.Name == "System.Text.Json");
        Assert.Equal((long)Math.Round((1000 * 2.0) + (100 * 300.0 / 270) + 256 + (120 * 0.5)), json.Bytes);
        Assert.Equal(["System.Text.Json", "System.Private.CoreLib", "Serilog"], breakdown.Assemblies.Select(p => p.Name));
        Assert.Equal("Serilog.Core", Assert.Single(breakdown.Assemblies.Single(p => p.Name == "Serilog").Namespaces).Name);
    }

    [Fact]
    public void The_runtime_the_compiler_data_and_the_structure_are_parts_of_their_own_and_the_rest_is_unattributed()
    {
        var breakdown = FromFixture();

        Assert.Equal(4100, Part(breakdown, ExecutablePartKind.NativeRuntime).Bytes);
        Assert.Equal(1000, Part(breakdown, ExecutablePartKind.Structure).Bytes);
        // Metadata and stack-trace maps, and the dehydrated data beyond the types' share (300 - 220).
        Assert.Equal(5000 + 700 + 80, Part(breakdown, ExecutablePartKind.CompilerData).Bytes);
        Assert.Equal(20_000, breakdown.Parts.Sum(p => p.Bytes));
        Assert.Equal(20_000 - breakdown.Parts.Where(p => p.Kind != ExecutablePartKind.Unattributed).Sum(p => p.Bytes), Part(breakdown, ExecutablePartKind.Unattributed).Bytes);
    }

    [Fact]
    public void Parts_are_largest_first_and_top_sums_the_rest_into_one()
    {
        var breakdown = FromFixture();

        Assert.Equal(breakdown.Parts.OrderByDescending(p => p.Bytes).Select(p => p.Name), breakdown.Parts.Select(p => p.Name));
        var top = breakdown.Top(2);
        Assert.Equal(3, top.Count);
        Assert.Equal(breakdown.Bytes, top.Sum(p => p.Bytes));
        Assert.Equal($"{breakdown.Parts.Count - 2} other parts", top[2].Name);
    }

    [Fact]
    public void The_largest_assemblies_are_named_with_their_size()
    {
        Assert.StartsWith("System.Text.Json 2.4 KB, System.Private.CoreLib 2.4 KB", FromFixture().DescribeLargest(5), StringComparison.Ordinal);
        Assert.Contains("Serilog", FromFixture().DescribeLargest(5), StringComparison.Ordinal);
        Assert.DoesNotContain("Serilog", FromFixture().DescribeLargest(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_or_unreadable_statistics_give_a_warning_and_no_breakdown()
    {
        var diagnostics = new List<ServerlessDiagnostic>();
        var executable = typeof(ExecutableBreakdownTests).Assembly.Location;

        Assert.Null(ExecutableBreakdownReader.TryRead(executable, null, diagnostics));
        Assert.Empty(diagnostics);
        Assert.Null(ExecutableBreakdownReader.TryRead(executable, "/nonexistent/bootstrap.mstat", diagnostics));
        Assert.Null(ExecutableBreakdownReader.TryRead(executable, executable, diagnostics));
        // A real mstat beside a file that is not ELF.
        Assert.Null(ExecutableBreakdownReader.TryRead(executable, Path.Combine(AppContext.BaseDirectory, "Measurement", "Fixtures", "tiny.mstat"), diagnostics));
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.SizeBreakdownUnavailable, d.Code));
    }

    private static ExecutablePart Part(ExecutableBreakdown breakdown, ExecutablePartKind kind) => Assert.Single(breakdown.Parts, p => p.Kind == kind);
}
