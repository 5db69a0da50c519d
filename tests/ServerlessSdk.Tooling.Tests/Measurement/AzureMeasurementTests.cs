using System.Text.Json;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Tests.Measurement;

/// <summary>
/// An Azure project's measurement: the startup probe runs the custom handler through the local Functions host
/// (Assets/fake_custom_handler.py as the handler), with the AWS probe's runs and statistics, the Azure zip's size,
/// the Flex Consumption estimate and the same budgets.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class AzureMeasurementTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private static readonly StartupProbeOptions Quick = new() { Runs = 2, WarmUpRuns = 0, WarmInvocations = 2 };

    private readonly string _folder = Directory.CreateTempSubdirectory("sls-azure-measure-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private MeasurementRequest Request(string mode, bool proxy, params (string Name, System.Text.Json.Nodes.JsonObject Bindings)[] functions)
    {
        var app = AzureTestApps.Write(_folder, proxy, [mode], functions);
        return new MeasurementRequest
        {
            FunctionName = "Shop",
            Kind = MeasurementKind.Publish,
            PackageFolder = _folder,
            EntryPoint = app.ExecutablePath,
            ReportFolder = Path.Combine(_folder, "reports"),
            MeasuredAt = Now,
            Probe = Quick,
            AzureAppFolder = _folder,
            Settings = new() { Platform = ServerlessPlatforms.Azure },
        };
    }

    [Fact]
    public async Task An_http_app_is_probed_through_proxied_requests_and_priced_on_flex_consumption()
    {
        var request = Request("serve", proxy: true, ("Items", AzureTestApps.Http("items/{id}", "get")));

        var outcome = await FunctionMeasurement.RunAsync(request with { Settings = request.Settings with { Budgets = new BudgetInputs { ColdStartBudget = "60000", MemoryBudget = "4096" } } });

        Assert.Empty(outcome.Diagnostics);
        var report = outcome.Report;
        Assert.Equal(ServerlessPlatforms.Azure, report.Platform);
        Assert.Equal(2, report.Startup!.Runs);
        Assert.Equal(2, report.Startup.ColdStartMs.Summary.Count);
        Assert.Equal(4, report.Startup.WarmInvokeMs!.Summary.Count);
        Assert.True(report.Startup.ColdStartMs.Summary.Min >= report.Startup.InitMs!.Summary.Min);
        Assert.NotNull(report.Startup.PeakRssMb);
        Assert.Null(report.Cost);
        var azure = Assert.IsType<AzureCostEstimate>(report.AzureCost);
        Assert.Equal(AzurePricing.PricesAsOf, azure.PricesAsOf);
        Assert.Equal(azure.Total, report.EstimatedMonthlyUsd());
        Assert.Contains(report.Budgets, check => check.Kind == BudgetKind.MonthlyCost);
        var json = JsonDocument.Parse(outcome.Files.Single(f => f.Path.EndsWith(".json", StringComparison.Ordinal)).Content).RootElement;
        Assert.Equal("azure", json.GetProperty("platform").GetString());
        Assert.True(json.GetProperty("azureCost").GetProperty("total").GetDecimal() > 0);
    }

    [Fact]
    public async Task A_queue_function_is_probed_with_an_invocation_payload()
    {
        var request = Request("serve", proxy: false, ("ProcessOrder", AzureTestApps.Queue("orders")));

        var outcome = await FunctionMeasurement.RunAsync(request);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("SLS20", StringComparison.Ordinal));
        Assert.Equal(2, outcome.Report.Startup!.Runs);
        Assert.NotNull(outcome.Report.AzureCost);
    }

    // The figures are not under test here: a loaded machine must not fail these on a budget.
    private static readonly BudgetInputs Loose = new() { ColdStartBudget = "60000", MemoryBudget = "4096" };

    [Fact]
    public async Task A_queue_function_gets_azurite_started_by_the_probe_and_its_startup_event_as_the_message()
    {
        // "storage" exits before listening without AzureWebJobsStorage endpoints that accept connections, and fails
        // a message that is not an order: measured without a diagnostic only with both.
        File.WriteAllText(Path.Combine(_folder, "order.json"), """{"orderId":"o-1","customerId":"c-1","total":2}""");
        var request = Request("storage", proxy: false, ("ProcessOrder", AzureTestApps.Queue("orders"))) with
        {
            ProjectDirectory = _folder,
        };
        request = request with { Settings = request.Settings with { StartupEventFile = "order.json", Budgets = Loose } };

        var outcome = await FunctionMeasurement.RunAsync(request);

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(2, outcome.Report.Startup!.Runs);
        Assert.Equal(4, outcome.Report.Startup.WarmInvokeMs!.Summary.Count);
    }

    [Fact]
    public async Task Without_the_startup_event_the_queue_function_gets_the_sample_message()
    {
        var request = Request("storage", proxy: false, ("ProcessOrder", AzureTestApps.Queue("orders")));
        request = request with { Settings = request.Settings with { Budgets = Loose } };

        var outcome = await FunctionMeasurement.RunAsync(request);

        Assert.True(outcome.Diagnostics.All(d => d.Code == DiagnosticCodes.ProbeInvocationError), string.Join('\n', outcome.Diagnostics.Select(d => $"{d.Code} {d.Message}")));
        Assert.NotEmpty(outcome.Diagnostics);
        Assert.NotNull(outcome.Report.Startup);
    }

    [Fact]
    public async Task A_queue_function_without_azurite_is_not_probed_and_says_SLS6160()
    {
        var request = Request("storage", proxy: false, ("ProcessOrder", AzureTestApps.Queue("orders")));
        var saved = Environment.GetEnvironmentVariable(ServerlessSdk.Tooling.Local.Azurite.ExecutableVariable);
        var diagnostics = new List<ServerlessDiagnostic>();
        try
        {
            // Read by the probe from the process: this class's tests run one at a time.
            Environment.SetEnvironmentVariable(ServerlessSdk.Tooling.Local.Azurite.ExecutableVariable, "/nonexistent/azurite");
            diagnostics.AddRange((await FunctionMeasurement.RunAsync(request)).Diagnostics);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ServerlessSdk.Tooling.Local.Azurite.ExecutableVariable, saved);
        }

        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.AzuriteNotInstalled, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
    }

    [Fact]
    public async Task Without_a_manifest_the_apps_first_function_is_probed_with_its_own_trigger()
    {
        var timer = AzureTestApps.Binding("timerTrigger", "timer", new() { ["schedule"] = "0 */5 * * * *" });
        var request = Request("serve", proxy: false, ("Cleanup", timer), ("Items", AzureTestApps.Http("items", "get")));

        var outcome = await FunctionMeasurement.RunAsync(request with { Settings = request.Settings with { Budgets = Loose } });

        Assert.Empty(outcome.Diagnostics.Select(d => $"{d.Code} {d.Message}"));
        Assert.Null(outcome.Report.Functions);
        Assert.Equal(2, outcome.Report.Startup!.Runs);
    }

    [Fact]
    public async Task A_handler_that_exits_before_listening_is_reported_as_a_crash()
    {
        var outcome = await FunctionMeasurement.RunAsync(Request("exit", proxy: true, ("Items", AzureTestApps.Http("items", "get"))));

        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.ProbeFunctionExited && d.Severity == DiagnosticSeverity.Error);
        Assert.Null(outcome.Report.Startup);
        Assert.Null(outcome.Report.AzureCost);
    }

    [Fact]
    public async Task An_answer_that_is_not_the_invocation_response_is_an_azure_protocol_error()
    {
        var outcome = await FunctionMeasurement.RunAsync(Request("garbage", proxy: false, ("ProcessOrder", AzureTestApps.Queue("orders"))));

        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.ProbeAzureProtocolError);
        Assert.Null(outcome.Report.Startup);
    }

    [Fact]
    public async Task A_failing_function_is_an_invocation_error_whose_cold_start_still_counts()
    {
        var outcome = await FunctionMeasurement.RunAsync(Request("fail", proxy: true, ("Items", AzureTestApps.Http("items", "get"))));

        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.ProbeInvocationError && d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(2, outcome.Report.Startup!.Runs);
    }

    [Fact]
    public async Task An_unreadable_app_folder_is_reported_and_not_probed()
    {
        var request = Request("serve", proxy: true, ("Items", AzureTestApps.Http("items", "get"))) with { AzureAppFolder = Path.Combine(_folder, "missing") };

        var outcome = await FunctionMeasurement.RunAsync(request);

        Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.ProbeAzureAppUnreadable);
        Assert.Null(outcome.Report.Startup);
    }

    [Fact]
    public async Task The_budgets_apply_to_the_azure_figures_and_the_written_zip()
    {
        var request = Request("serve", proxy: true, ("Items", AzureTestApps.Http("items", "get")));
        var zip = Path.Combine(_folder, "..", Path.GetFileName(_folder) + ".zip");
        DeterministicZip.Write(LambdaZipContent.FromPublishFolder(_folder), zip);
        try
        {
            var outcome = await FunctionMeasurement.RunAsync(request with
            {
                PackageZip = zip,
                Settings = request.Settings with { Budgets = new BudgetInputs { ColdStartBudget = "0.001", PackageSizeBudget = "0.000001", MonthlyCostBudget = "0.0000001" } },
            });

            Assert.Equal(new FileInfo(zip).Length, outcome.Report.Package!.ZippedBytes);
            Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.ColdStartBudgetExceeded);
            Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.PackageSizeBudgetExceeded);
            Assert.Contains(outcome.Diagnostics, d => d.Code == DiagnosticCodes.MonthlyCostBudgetExceeded);
        }
        finally
        {
            File.Delete(zip);
        }
    }
}
