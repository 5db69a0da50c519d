using System.Text.Json;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Settings;
using ServerlessSdk.Tooling.Tests.IaC.Azure;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.Settings;

/// <summary>
/// On Flex Consumption <c>ServerlessMemorySize</c> is the instance memory: one setting read by the settings check,
/// main.bicep, main.parameters.json, the cost estimate and the report.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AzureInstanceMemoryTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (ProjectSettings Settings, IReadOnlyList<ServerlessDiagnostic> Diagnostics) Parse(string? memory, string? plan = null) =>
        ProjectSettings.Parse(new ProjectSettingsInput { Platform = "azure", AzurePlan = plan, MemorySize = memory }, MeasurementKind.Build);

    [Theory]
    [InlineData(null, 2048)]
    [InlineData("512", 512)]
    [InlineData("4096", 4096)]
    public void Flex_takes_its_instance_sizes_and_defaults_to_2048(string? memory, int expected)
    {
        var (settings, diagnostics) = Parse(memory);

        Assert.Empty(diagnostics);
        Assert.Equal(expected, settings.MemoryMb);
    }

    [Theory]
    [InlineData("256")]
    [InlineData("1024")]
    [InlineData("big")]
    public void A_size_flex_does_not_offer_is_the_memory_size_code(string memory)
    {
        var (settings, diagnostics) = Parse(memory);

        Assert.Equal([DiagnosticCodes.InvalidMemorySize], diagnostics.Select(d => d.Code));
        Assert.Equal(SettingDefaults.AzureInstanceMemoryMb, settings.MemoryMb);
    }

    [Fact]
    public void Other_plans_and_aws_keep_the_lambda_range()
    {
        Assert.Empty(Parse("256", AzurePlans.Premium).Diagnostics);
        Assert.Empty(ProjectSettings.Parse(new ProjectSettingsInput { MemorySize = "1024" }, MeasurementKind.Build).Diagnostics);
    }

    [Fact]
    public void Main_bicep_and_the_parameters_file_take_the_instance_memory()
    {
        var settings = AzureFixtures.Settings() with { InstanceMemoryMb = 4096 };

        var result = AzureEmitter.EmitBicep(AzureFixtures.Http(), settings, _folder.Path, overwriteEdited: false);

        Assert.Empty(result.Diagnostics);
        Assert.Contains("param instanceMemoryMB int = 4096", File.ReadAllText(Path.Combine(_folder.Path, BicepWriter.FileName)), StringComparison.Ordinal);
        var parameters = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, AzureEmitter.ParametersFileName))).RootElement;
        Assert.Equal(4096, parameters.GetProperty("parameters").GetProperty("instanceMemoryMB").GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task The_cost_and_the_report_bill_the_instance_memory()
    {
        var app = AzureTestApps.Write(_folder.Path, true, ["serve"], [("Items", AzureTestApps.Http("items", "get"))]);
        var request = new MeasurementRequest
        {
            FunctionName = "Shop",
            Kind = MeasurementKind.Publish,
            PackageFolder = _folder.Path,
            EntryPoint = app.ExecutablePath,
            ReportFolder = Path.Combine(_folder.Path, "reports"),
            MeasuredAt = DateTimeOffset.UnixEpoch,
            Probe = new StartupProbeOptions { Runs = 1, WarmUpRuns = 0, WarmInvocations = 1 },
            AzureAppFolder = _folder.Path,
            Settings = new() { Platform = ServerlessPlatforms.Azure, MemorySize = "4096", Budgets = new BudgetInputs { ColdStartBudget = "60000", MemoryBudget = "4096" } },
        };

        var outcome = await FunctionMeasurement.RunAsync(request);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(4096, outcome.Report.MemoryMb);
        var startup = outcome.Report.Startup!;
        var inputs = new CostInputs(startup.WarmInvokeMs!.Summary.Median, startup.ColdStartMs.Summary.Median, 256, SettingDefaults.MonthlyInvocations, SettingDefaults.ColdStartRate);
        Assert.Equal(AzureCostEstimator.Estimate(inputs, 4096), outcome.Report.AzureCost);
        var markdown = outcome.Files.Single(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).Content;
        Assert.Contains("4,096 MB instance", markdown, StringComparison.Ordinal);
    }
}
