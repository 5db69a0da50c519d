using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class SettingsValidationTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(IaCSettingsValidator.Validate(IaCFixtures.Settings(), IaCFixtures.Complete()));
    }

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var settings = new IaCSettings();

        Assert.Equal((256, 30, "x86_64", 14, "provided.al2023", "$default", false), (settings.MemorySize, settings.Timeout, settings.Architecture, settings.LogRetentionDays, settings.Runtime, settings.StageName, settings.Alarms));
    }

    public static TheoryData<IaCSettings, string> InvalidSettings() => new()
    {
        { IaCFixtures.Settings() with { MemorySize = 127 }, DiagnosticCodes.IaCInvalidMemorySize },
        { IaCFixtures.Settings() with { MemorySize = 10241 }, DiagnosticCodes.IaCInvalidMemorySize },
        { IaCFixtures.Settings() with { Timeout = 0 }, DiagnosticCodes.IaCInvalidTimeout },
        { IaCFixtures.Settings() with { Timeout = 901 }, DiagnosticCodes.IaCInvalidTimeout },
        { IaCFixtures.Settings() with { LogRetentionDays = 2 }, DiagnosticCodes.IaCInvalidLogRetention },
        { IaCFixtures.Settings() with { LogRetentionDays = 0 }, DiagnosticCodes.IaCInvalidLogRetention },
        { IaCFixtures.Settings() with { Runtime = "dotnet8" }, DiagnosticCodes.IaCInvalidRuntime },
        { IaCFixtures.Settings() with { StageName = "my stage" }, DiagnosticCodes.IaCInvalidStageName },
        { IaCFixtures.Settings() with { StageName = string.Empty }, DiagnosticCodes.IaCInvalidStageName },
        { IaCFixtures.Settings() with { PackagePaths = new Dictionary<string, string>() }, DiagnosticCodes.IaCInvalidPackagePath },
        { IaCFixtures.Settings() with { PackagePaths = new Dictionary<string, string> { ["x86_64"] = "/abs/path.zip" } }, DiagnosticCodes.IaCInvalidPackagePath },
        { IaCFixtures.Settings() with { PackagePaths = new Dictionary<string, string> { ["x86_64"] = "..\\bin\\f.zip" } }, DiagnosticCodes.IaCInvalidPackagePath },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Invalid_settings_are_reported_with_their_code(IaCSettings settings, string code)
    {
        Assert.Equal([code], IaCSettingsValidator.Validate(settings, IaCFixtures.Minimal()).Select(d => d.Code));
    }

    [Theory]
    [InlineData("x64")]
    [InlineData("ARM64")]
    public void An_unknown_architecture_is_reported(string architecture)
    {
        var diagnostics = IaCSettingsValidator.Validate(IaCFixtures.Settings() with { Architecture = architecture }, IaCFixtures.Minimal());

        Assert.Contains(DiagnosticCodes.IaCInvalidArchitecture, diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Every_cloudwatch_retention_value_is_accepted()
    {
        Assert.All(IaCSettingsValidator.LogRetentionValues, days =>
            Assert.Empty(IaCSettingsValidator.Validate(IaCFixtures.Settings() with { LogRetentionDays = days }, IaCFixtures.Minimal())));
    }

    [Fact]
    public void A_function_override_is_checked_like_a_default()
    {
        var manifest = new ServiceManifest("orders", [IaCFixtures.Function("Big") with { MemorySize = 20000, Timeout = 1000, LogRetentionDays = 8 }]);

        var codes = IaCSettingsValidator.Validate(IaCFixtures.Settings(), manifest).Select(d => d.Code);

        Assert.Equal([DiagnosticCodes.IaCInvalidMemorySize, DiagnosticCodes.IaCInvalidTimeout, DiagnosticCodes.IaCInvalidLogRetention], codes);
    }

    [Fact]
    public void A_function_on_an_architecture_without_a_package_is_reported()
    {
        var settings = IaCFixtures.Settings() with { PackagePaths = new Dictionary<string, string> { ["x86_64"] = "a.zip" } };
        var manifest = new ServiceManifest("orders", [IaCFixtures.Function("Arm") with { Architecture = "arm64" }]);

        Assert.Equal([DiagnosticCodes.IaCInvalidPackagePath], IaCSettingsValidator.Validate(settings, manifest).Select(d => d.Code));
    }

    [Theory]
    [InlineData("Orders")]
    [InlineData("1orders")]
    [InlineData("orders_api")]
    [InlineData("")]
    public void An_invalid_service_name_is_reported(string service)
    {
        var diagnostics = IaCSettingsValidator.Validate(IaCFixtures.Settings(), new ServiceManifest(service, []));

        Assert.Equal([DiagnosticCodes.IaCInvalidServiceName], diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Emission_with_invalid_settings_writes_nothing()
    {
        using var folder = new Zip.TempFolder();

        var result = EmitHelper.Emit(folder.Path, IaCFixtures.Minimal(), IaCFixtures.Settings() with { Timeout = 0 });

        Assert.False(result.Succeeded);
        Assert.Equal([DiagnosticCodes.IaCInvalidTimeout], EmitHelper.Codes(result));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
