using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Settings;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Tooling.Tests.IaC;

public sealed class SettingsValidationTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(IaCSettingsValidator.Validate(IaCFixtures.Settings(), IaCFixtures.Complete()));
    }

    [Fact]
    public void The_defaults_are_the_project_settings_defaults()
    {
        var settings = new IaCSettings();

        Assert.Equal((256, 30, "x86_64", 14, "provided.al2023", "$default", false), (settings.Project.MemoryMb, settings.Project.TimeoutSeconds, settings.Project.Architecture.Name, settings.Project.LogRetentionDays, settings.Project.Runtime.Name, settings.Project.StageName, settings.Alarms));
    }

    [Fact]
    public void Unset_properties_write_the_same_iac_as_the_unset_settings()
    {
        using var parsed = new Zip.TempFolder();
        using var unset = new Zip.TempFolder();
        var (project, diagnostics) = ProjectSettings.Parse(new ProjectSettingsInput(), MeasurementKind.Build);

        Assert.Empty(diagnostics);
        Assert.True(EmitHelper.Emit(parsed.Path, IaCFixtures.Complete(), IaCFixtures.Settings(project)).Succeeded);
        Assert.True(EmitHelper.Emit(unset.Path, IaCFixtures.Complete(), IaCFixtures.Settings()).Succeeded);
        Assert.Equal(EmitHelper.Files(unset.Path), EmitHelper.Files(parsed.Path));
    }

    public static TheoryData<IaCSettings, string> InvalidSettings() => new()
    {
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
    public void A_function_on_an_unknown_architecture_is_reported(string architecture)
    {
        var manifest = new ServiceManifest("orders", [IaCFixtures.Function("Odd") with { Architecture = architecture }]);

        Assert.Equal([DiagnosticCodes.IaCInvalidArchitecture], IaCSettingsValidator.Validate(IaCFixtures.Settings(), manifest).Select(d => d.Code));
    }

    [Fact]
    public void Every_cloudwatch_retention_value_is_accepted()
    {
        Assert.All(LambdaLimits.LogRetentionDays, days =>
            Assert.Empty(IaCSettingsValidator.Validate(IaCFixtures.Settings(), new ServiceManifest("orders", [IaCFixtures.Function("Logs") with { LogRetentionDays = days }]))));
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
        var manifest = new ServiceManifest("hello", [IaCFixtures.Function("Hello") with { Timeout = 0 }]);

        var result = EmitHelper.Emit(folder.Path, manifest, IaCFixtures.Settings());

        Assert.False(result.Succeeded);
        Assert.Equal([DiagnosticCodes.IaCInvalidTimeout], EmitHelper.Codes(result));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
