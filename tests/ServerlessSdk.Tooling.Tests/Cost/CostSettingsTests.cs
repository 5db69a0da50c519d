using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Tests.Checks;

namespace ServerlessSdk.Tooling.Tests.Cost;

public sealed class CostSettingsTests
{
    [Fact]
    public void Empty_settings_give_x86_64_256_mb_a_million_invocations_and_one_percent_cold()
    {
        var (settings, diagnostics) = CostSettings.Parse(null, "", " ", null);

        Assert.Empty(diagnostics);
        Assert.Equal(new CostSettings(LambdaInstructionSet.X64, 256, 1_000_000, 0.01), settings);
    }

    [Fact]
    public void Valid_settings_are_read()
    {
        var (settings, diagnostics) = CostSettings.Parse("ARM64", "1769", "25000000", "0.05");

        Assert.Empty(diagnostics);
        Assert.Equal(new CostSettings(LambdaInstructionSet.Arm64, 1769, 25_000_000, 0.05), settings);
    }

    [Theory]
    [InlineData("x86")]
    [InlineData("amd64")]
    public void An_unknown_architecture_is_reported_with_its_code(string value)
    {
        Assert.Equal([DiagnosticCodes.UnknownArchitecture], Codes.Of(CostSettings.Parse(value, null, null, null).Diagnostics));
    }

    [Theory]
    [InlineData("100")]
    [InlineData("10241")]
    [InlineData("256.5")]
    [InlineData("-128")]
    [InlineData("lots")]
    public void A_bad_memory_size_is_reported_with_its_code(string value)
    {
        Assert.Equal([DiagnosticCodes.InvalidMemorySize], Codes.Of(CostSettings.Parse(null, value, null, null).Diagnostics));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1e6")]
    [InlineData("1,000,000")]
    [InlineData("many")]
    public void Bad_expected_invocations_are_reported_with_their_code(string value)
    {
        Assert.Equal([DiagnosticCodes.InvalidExpectedMonthlyInvocations], Codes.Of(CostSettings.Parse(null, null, value, null).Diagnostics));
    }

    [Theory]
    [InlineData("5%")]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    [InlineData("NaN")]
    public void A_bad_cold_start_rate_is_reported_with_its_code(string value)
    {
        Assert.Equal([DiagnosticCodes.InvalidColdStartRate], Codes.Of(CostSettings.Parse(null, null, null, value).Diagnostics));
    }
}
