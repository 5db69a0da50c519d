using System.Runtime.InteropServices;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Settings;
using ServerlessSdk.Tooling.Tests.Checks;
using ServerlessSdk.Tooling.Tests.Elf;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.Measurement;

public sealed class FunctionMeasurementTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private static readonly StartupProbeOptions Quick = new() { Runs = 2, WarmUpRuns = 0, WarmInvocations = 2 };

    private readonly TempFolder _publish = new();

    public void Dispose() => _publish.Dispose();

    /// <summary>A publish folder whose bootstrap is a shell script running the fake runtime in <paramref name="mode"/>.</summary>
    private string Bootstrap(string mode)
    {
        var path = _publish.Write("bootstrap", $"#!/bin/sh\nexec {FakeRuntime.PythonPath} -S {FakeRuntime.ScriptPath} {mode}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _publish.Write("appsettings.json", """{ "Greeting": "hello" }""");
        return path;
    }

    private MeasurementRequest Request(string? entryPoint, MeasurementKind kind = MeasurementKind.Publish) => new()
    {
        FunctionName = "MyApi",
        Kind = kind,
        PackageFolder = _publish.Path,
        EntryPoint = entryPoint,
        ReportFolder = Path.Combine(_publish.Path, "..", "reports"),
        MeasuredAt = Now,
        Probe = Quick,
    };

    [Fact]
    public async Task A_healthy_function_gets_every_section_of_the_report()
    {
        // Budgets far above anything a loaded test machine measures: this test is about the report, not the budgets.
        var generous = new BudgetInputs { ColdStartBudget = "60000", MemoryBudget = "4096" };

        var outcome = await FunctionMeasurement.RunAsync(Request(Bootstrap("echo")) with { Settings = new() { Budgets = generous } });

        Assert.Empty(outcome.Diagnostics);
        var report = outcome.Report;
        Assert.Equal(2, report.Package!.FileCount);
        Assert.Equal(2, report.Startup!.Runs);
        Assert.NotNull(report.Cost);
        Assert.Equal(
            [BudgetStatus.Within, BudgetStatus.Within, BudgetStatus.Within, BudgetStatus.NotSet],
            report.Budgets.Select(b => b.Status));
        Assert.Equal(Now, report.MeasuredAt);
        Assert.Equal(["serverless-report.json", "serverless-report.md", "serverless-report.html"], outcome.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.StartsWith("MyApi: ", outcome.SummaryLine, StringComparison.Ordinal);
        Assert.Equal(MarkdownReportWriter.Write(report), outcome.Markdown);
    }

    [Fact]
    public async Task Settings_reach_the_report_and_the_cost()
    {
        var request = Request(Bootstrap("echo")) with { Settings = new() { Architecture = "arm64", MemorySize = "512", ExpectedMonthlyInvocations = "3000000", ColdStartRate = "0.05" } };

        var report = (await FunctionMeasurement.RunAsync(request)).Report;

        Assert.Equal("arm64", report.Architecture);
        Assert.Equal(512, report.MemoryMb);
        Assert.Equal(3_000_000, report.Cost!.MonthlyInvocations);
        Assert.Equal(0.05, report.Cost.ColdStartRate);
    }

    [Fact]
    public async Task Without_an_entry_point_only_the_package_is_measured()
    {
        Bootstrap("echo");

        var outcome = await FunctionMeasurement.RunAsync(Request(entryPoint: null));

        Assert.NotNull(outcome.Report.Package);
        Assert.Null(outcome.Report.Startup);
        Assert.Null(outcome.Report.Cost);
        Assert.Equal(BudgetStatus.NotMeasured, outcome.Report.Budgets[0].Status);
        Assert.Empty(outcome.Diagnostics);
    }

    [Fact]
    public async Task Invalid_settings_are_reported_and_the_reports_are_still_written()
    {
        Bootstrap("echo");
        var request = Request(entryPoint: null) with
        {
            Settings = new() { Architecture = "amd64", Budgets = new BudgetInputs { ColdStartBudget = "soon", BudgetSeverity = "loud" } },
        };

        var outcome = await FunctionMeasurement.RunAsync(request);

        Assert.Equal([DiagnosticCodes.InvalidColdStartBudget, DiagnosticCodes.InvalidBudgetSeverity, DiagnosticCodes.UnknownArchitecture], Codes.Of(outcome.Diagnostics));
        Assert.True(outcome.HasErrors);
        Assert.Equal(3, outcome.Files.Count);
    }

    /// <summary>The measurement reads its settings with the one parser: the same code and message as the early check and the IaC.</summary>
    [Theory]
    [InlineData("64", null, DiagnosticCodes.InvalidMemorySize)]
    [InlineData("big", null, DiagnosticCodes.InvalidMemorySize)]
    [InlineData(null, "gcp", DiagnosticCodes.UnknownPlatform)]
    public async Task A_bad_setting_is_the_settings_parsers_error_and_its_default_is_used(string? memory, string? platform, string code)
    {
        Bootstrap("echo");
        var input = new ProjectSettingsInput { MemorySize = memory, Platform = platform };
        var parsed = Assert.Single(ProjectSettings.Parse(input, MeasurementKind.Publish).Diagnostics);

        var outcome = await FunctionMeasurement.RunAsync(Request(entryPoint: null) with { Settings = input });

        var measured = Assert.Single(outcome.Diagnostics);
        Assert.Equal((code, parsed.Message), (measured.Code, measured.Message));
        Assert.Equal((SettingDefaults.MemoryMb, ServerlessPlatforms.Aws), (outcome.Report.MemoryMb, outcome.Report.Platform));
    }

    [Fact]
    public async Task An_unknown_trigger_type_is_reported_and_skips_the_probe()
    {
        var outcome = await FunctionMeasurement.RunAsync(Request(Bootstrap("echo")) with { Settings = new() { TriggerType = "websocket" } });

        Assert.Equal([DiagnosticCodes.UnknownTriggerType], Codes.Of(outcome.Diagnostics));
        Assert.Null(outcome.Report.Startup);
    }

    [Fact]
    public async Task A_queue_function_without_ServerlessTriggerType_is_probed_with_the_SQS_event()
    {
        var manifest = QueueManifest.WriteAssembly(Path.Combine(_publish.Path, "QueueFunction.dll"));
        var generous = new BudgetInputs { ColdStartBudget = "60000", MemoryBudget = "4096" };

        var outcome = await FunctionMeasurement.RunAsync(Request(Bootstrap("sqs-only")) with { ManifestAssembly = manifest, Settings = new() { Budgets = generous } });
        var asApi = await FunctionMeasurement.RunAsync(Request(Bootstrap("sqs-only")) with { ManifestAssembly = manifest, Settings = new() { TriggerType = "api", Budgets = generous } });

        Assert.Empty(outcome.Diagnostics);
        Assert.NotNull(outcome.Report.Startup);
        Assert.NotEmpty(asApi.Diagnostics); // the control: the same function refuses the API event
    }

    [Fact]
    public async Task Each_function_of_a_multi_function_bootstrap_is_probed_with_its_name_and_its_own_event()
    {
        // The "selected" fake refuses to start without SERVERLESS_FUNCTION and answers only events naming that
        // function: each function's events/<trigger>.json names it, so no diagnostic means each run got both right.
        var manifest = QueueManifest.WriteAssembly(Path.Combine(_publish.Path, "Pipeline.dll"), QueueManifest.PipelineJson);
        using var project = new TempFolder();
        project.Write("events/schedule.json", """{ "for": "Nightly" }""");
        project.Write("events/eventbridge.json", """{ "for": "OnPlaced" }""");
        project.Write("events/sqs.json", """{ "for": "Worker" }""");
        var generous = new BudgetInputs { ColdStartBudget = "60000", MemoryBudget = "4096" };

        var outcome = await FunctionMeasurement.RunAsync(Request(Bootstrap("selected")) with
        {
            ManifestAssembly = manifest,
            ProjectDirectory = project.Path,
            Settings = new() { StartupEventFile = "events/sqs.json", Budgets = generous }, // one event for one function: not for a bootstrap hosting three
        });

        Assert.Empty(outcome.Diagnostics);
        var functions = outcome.Report.Functions!;
        Assert.Equal(["Nightly", "OnPlaced", "Worker"], functions.Select(f => f.Name));
        Assert.Equal(["schedule", "eventbridge", "sqs"], functions.Select(f => f.TriggerType));
        Assert.All(functions, f => Assert.Equal(Quick.Runs, f.Startup!.Runs));
        Assert.All(functions, f => Assert.NotNull(f.Cost));
        Assert.Equal([256, 1024, 256], functions.Select(f => f.MemoryMb));
        Assert.All(functions, f => Assert.Equal(BudgetStatus.Within, f.Budgets.Single(b => b.Kind == BudgetKind.ColdStart).Status));
        Assert.NotNull(outcome.Report.Startup);
        Assert.Contains("3 functions: cold start Nightly ", outcome.SummaryLine, StringComparison.Ordinal);
        Assert.Equal(3, functions.Count(f => outcome.Markdown.Contains($"| {f.Name} |", StringComparison.Ordinal)));
        var html = outcome.Files.Single(f => f.Path.EndsWith(HtmlReportWriter.FileName, StringComparison.Ordinal)).Content;
        Assert.Equal(3, functions.Count(f => html.Contains($"<tr><td>{f.Name}</td>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_multi_function_report_round_trips_through_JSON_with_one_entry_per_function()
    {
        var manifest = QueueManifest.WriteAssembly(Path.Combine(_publish.Path, "Pipeline.dll"), QueueManifest.PipelineJson);
        using var project = new TempFolder();
        project.Write("events/schedule.json", """{ "for": "Nightly" }""");
        project.Write("events/eventbridge.json", """{ "for": "OnPlaced" }""");
        project.Write("events/sqs.json", """{ "for": "Worker" }""");

        var outcome = await FunctionMeasurement.RunAsync(Request(Bootstrap("selected")) with { ManifestAssembly = manifest, ProjectDirectory = project.Path });
        var read = JsonReportWriter.Read(JsonReportWriter.Write(outcome.Report));

        Assert.Equal(outcome.Report.Functions!.Select(f => f.Startup!.ColdStartMs.Summary.Median), read.Functions!.Select(f => f.Startup!.ColdStartMs.Summary.Median));
    }

    [Fact]
    public async Task A_single_function_report_has_no_functions_array()
    {
        var outcome = await FunctionMeasurement.RunAsync(Request(Bootstrap("echo")));

        Assert.Null(outcome.Report.Functions);
        Assert.Contains("\"functions\": null", JsonReportWriter.Write(outcome.Report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_policy_opted_out_in_the_manifest_is_listed_in_the_report()
    {
        var json = QueueManifest.Json.Replace(
            "\"policies\": []",
            "\"policies\": [ { \"actions\": [\"ec2:DescribeNetworkInterfaces\"], \"resources\": [\"*\"], \"allowBroadAccess\": \"no resource-level permissions\" } ]",
            StringComparison.Ordinal);
        var manifest = QueueManifest.WriteAssembly(Path.Combine(_publish.Path, "Opted.dll"), json);

        var outcome = await FunctionMeasurement.RunAsync(Request(Bootstrap("echo")) with { ManifestAssembly = manifest, Settings = new() { TriggerType = "api" } });

        var grant = Assert.Single(outcome.Report.BroadAccess);
        Assert.Equal(("Worker", "no resource-level permissions"), (grant.Function, grant.Justification));
        Assert.Contains("Broad IAM access", outcome.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_budget_breach_fails_a_publish_and_warns_on_a_build()
    {
        var budgets = new BudgetInputs { ColdStartBudget = "0.001" };

        var publish = await FunctionMeasurement.RunAsync(Request(Bootstrap("echo")) with { Settings = new() { Budgets = budgets } });
        var build = await FunctionMeasurement.RunAsync(Request(Bootstrap("echo"), MeasurementKind.Build) with { Settings = new() { Budgets = budgets } });

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(publish.Diagnostics, d => d.Code == DiagnosticCodes.ColdStartBudgetExceeded).Severity);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(build.Diagnostics, d => d.Code == DiagnosticCodes.ColdStartBudgetExceeded).Severity);
        Assert.True(publish.HasErrors);
        Assert.False(build.HasErrors);
    }

    [Fact]
    public async Task A_crashing_function_is_reported_and_leaves_startup_figures_out()
    {
        var outcome = await FunctionMeasurement.RunAsync(Request(Bootstrap("exit")));

        Assert.Equal([DiagnosticCodes.ProbeFunctionExited], Codes.Of(outcome.Diagnostics));
        Assert.Null(outcome.Report.Startup);
        Assert.True(outcome.HasErrors);
    }

    [Fact]
    public async Task An_executable_for_another_architecture_is_not_probed()
    {
        var otherMachine = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? (ushort)62 : (ushort)183;
        var bootstrap = Path.Combine(_publish.Path, "bootstrap");
        File.WriteAllBytes(bootstrap, new ElfBuilder { Machine = otherMachine }.Static().Build().Bytes);

        var outcome = await FunctionMeasurement.RunAsync(Request(bootstrap) with { AllowEmulation = false });

        var skipped = Assert.Single(outcome.Diagnostics);
        Assert.Equal(DiagnosticCodes.ProbeSkipped, skipped.Code);
        Assert.Equal(DiagnosticSeverity.Info, skipped.Severity);
        Assert.False(outcome.HasErrors);
        Assert.NotNull(outcome.Report.Package);
    }

    [Fact]
    public async Task A_skipped_probe_says_why_and_how_to_skip_and_does_not_claim_the_budgets()
    {
        var otherMachine = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? (ushort)62 : (ushort)183;
        var bootstrap = Path.Combine(_publish.Path, "bootstrap");
        File.WriteAllBytes(bootstrap, new ElfBuilder { Machine = otherMachine }.Static().Build().Bytes);

        var outcome = await FunctionMeasurement.RunAsync(Request(bootstrap) with { AllowEmulation = false });

        Assert.Contains("ServerlessSkipMeasure=true", outcome.Report.StartupSkippedReason, StringComparison.Ordinal);
        Assert.Contains(outcome.Report.StartupSkippedReason!, outcome.SummaryLine, StringComparison.Ordinal);
        Assert.DoesNotContain("within budgets", outcome.SummaryLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publish_writes_the_copy_a_later_build_reads_its_figures_from()
    {
        var copy = Path.Combine(_publish.Path, "last-publish.json");
        var generous = new BudgetInputs { ColdStartBudget = "60000", MemoryBudget = "4096" };
        var published = await FunctionMeasurement.RunAsync(Request(Bootstrap("echo")) with { LastPublishReportFile = copy, Settings = new() { Budgets = generous } });
        foreach (var file in published.Files)
        {
            FileWriter.WriteIfChanged(file.Path, file.Content);
        }

        var built = await FunctionMeasurement.RunAsync(Request(Bootstrap("echo"), MeasurementKind.Build) with { LastPublishReportFile = copy });

        Assert.Equal(published.Report.Package!.ZippedBytes, built.Report.LastPublish!.ZippedBytes);
        Assert.Contains("; last publish (Native AOT, x86_64): ", built.SummaryLine, StringComparison.Ordinal);
    }
}
