using System.Text.Json;
using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

/// <summary>`dotnet build` measures the function (JIT probe through the emulator), checks budgets and writes reports.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed class MeasureTests(LocalFeed feed, SettingsCheckProject unbuilt) : IClassFixture<SettingsCheckProject>
{
    private const string CrashingProgram = """
        Console.WriteLine("loading configuration");
        throw new InvalidOperationException("TABLE_NAME is not set");
        """;

    private static JsonElement Report(FunctionProject function) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(function.BuildOutputDirectory, "serverless-report.json"))).RootElement;

    [Fact]
    public void A_build_writes_the_json_markdown_and_html_reports_and_a_summary_line()
    {
        using var function = new FunctionProject(feed, "Reported");

        var result = function.Build().ShouldSucceed();

        foreach (var extension in new[] { "json", "md", "html" })
        {
            Assert.True(File.Exists(Path.Combine(function.BuildOutputDirectory, $"serverless-report.{extension}")), extension);
        }

        Assert.Contains("Reported (JIT estimate): ", result.Output, StringComparison.Ordinal);
        Assert.Contains("within budgets", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_has_the_schema_version_and_measured_figures()
    {
        using var function = new FunctionProject(feed, "Figures");
        function.Build().ShouldSucceed();

        var report = Report(function);

        Assert.Equal(1, report.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("build", report.GetProperty("kind").GetString());
        Assert.True(report.GetProperty("package").GetProperty("zippedBytes").GetInt64() > 0);
        var coldStart = report.GetProperty("startup").GetProperty("coldStartMs");
        Assert.Equal(3, coldStart.GetProperty("samples").GetArrayLength());
        Assert.True(coldStart.GetProperty("summary").GetProperty("median").GetDouble() > 0);
    }

    [Fact]
    public void A_build_with_nothing_changed_measures_nothing_and_writes_nothing()
    {
        using var function = new FunctionProject(feed, "NoOp");
        function.Build().ShouldSucceed();
        var reportPath = Path.Combine(function.BuildOutputDirectory, "serverless-report.json");
        var before = File.GetLastWriteTimeUtc(reportPath);

        var result = function.Build().ShouldSucceed();

        Assert.Equal(before, File.GetLastWriteTimeUtc(reportPath));
        Assert.DoesNotContain("NoOp (JIT estimate): ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_projects_own_sample_event_measures_again()
    {
        using var function = new FunctionProject(feed, "EventEdit");
        function.Build().ShouldSucceed();
        var events = Directory.CreateDirectory(Path.Combine(function.ProjectDirectory, "events"));
        File.WriteAllText(Path.Combine(events.FullName, "api.json"), """{"version":"2.0","routeKey":"GET /edited","rawPath":"/edited","requestContext":{"http":{"method":"GET","path":"/edited"}}}""");

        var result = function.Build().ShouldSucceed();

        Assert.Contains("EventEdit (JIT estimate): ", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_breached_cold_start_budget_is_a_warning_on_build_by_default()
    {
        using var function = new FunctionProject(feed, "SlowWarn");

        var result = function.Build("-p:ServerlessColdStartBudget=1").ShouldSucceed();

        Assert.Contains("SLS3010", result.Warnings);
    }

    [Fact]
    public void A_breached_cold_start_budget_fails_the_build_with_error_severity()
    {
        using var function = new FunctionProject(feed, "SlowError");

        var result = function.Build("-p:ServerlessColdStartBudget=1", "-p:ServerlessBudgetSeverity=error").ShouldFail();

        Assert.Contains("SLS3010", result.Errors);
    }

    [Fact]
    public void A_breach_is_reported_again_on_the_next_build()
    {
        using var function = new FunctionProject(feed, "Again");
        function.Build("-p:ServerlessColdStartBudget=1", "-p:ServerlessBudgetSeverity=error").ShouldFail();

        var result = function.Build("-p:ServerlessColdStartBudget=1", "-p:ServerlessBudgetSeverity=error").ShouldFail();

        Assert.Contains("SLS3010", result.Errors);
    }

    [Fact]
    public void Package_size_and_memory_budgets_are_checked()
    {
        using var function = new FunctionProject(feed, "Heavy");

        var result = function.Build("-p:ServerlessPackageSizeBudget=0.001", "-p:ServerlessMemoryBudget=1", "-p:ServerlessBudgetSeverity=error").ShouldFail();

        Assert.Contains("SLS3011", result.Errors);
        Assert.Contains("SLS3012", result.Errors);
    }

    [Fact]
    public void A_breached_monthly_cost_budget_is_reported()
    {
        using var function = new FunctionProject(feed, "Costly");

        // 1M invocations cost at least $0.20 in requests alone.
        var result = function.Build("-p:ServerlessMonthlyCostBudget=0.01", "-p:ServerlessBudgetSeverity=error").ShouldFail();

        Assert.Contains("SLS3013", result.Errors);
    }

    [Fact]
    public void The_cost_matches_a_hand_computation_from_the_billed_durations()
    {
        using var function = new FunctionProject(feed, "Priced");
        function.Build("-p:ServerlessMemorySize=512", "-p:ServerlessExpectedMonthlyInvocations=3000000", "-p:ServerlessColdStartRate=0.02").ShouldSucceed();

        var cost = Report(function).GetProperty("cost");
        var warmMs = cost.GetProperty("billedWarmMs").GetInt64();
        var initMs = cost.GetProperty("billedInitMs").GetInt64();

        // 3M invocations × warm + 60,000 cold starts × init, in seconds, × 0.5 GB; then the published prices.
        var gbSeconds = ((3_000_000 * warmMs) + (60_000 * initMs)) / 1000.0 * (512 / 1024.0);
        Assert.Equal(gbSeconds, cost.GetProperty("gbSeconds").GetDouble(), 6);
        Assert.Equal((gbSeconds * 0.0000166667) + 0.60, cost.GetProperty("x86_64").GetProperty("totalUsd").GetDouble(), 6);
        Assert.Equal((gbSeconds * 0.0000133334) + 0.60, cost.GetProperty("arm64").GetProperty("totalUsd").GetDouble(), 6);
    }

    [Theory]
    [InlineData("-p:ServerlessColdStartBudget=fast", "SLS3001")]
    [InlineData("-p:ServerlessColdStartBudget=-5", "SLS3001")]
    [InlineData("-p:ServerlessPackageSizeBudget=0", "SLS3002")]
    [InlineData("-p:ServerlessMemoryBudget=lots", "SLS3003")]
    [InlineData("-p:ServerlessMonthlyCostBudget=-1", "SLS3004")]
    [InlineData("-p:ServerlessBudgetSeverity=fatal", "SLS3005")]
    public void An_invalid_budget_setting_is_a_coded_error(string property, string code)
    {
        var function = unbuilt.Of(() => new FunctionProject(feed, "Invalid"));

        var result = function.Build(property).ShouldFail();

        Assert.Contains(code, result.Errors);
    }

    [Fact]
    public void A_missing_startup_event_file_is_a_coded_error()
    {
        using var function = new FunctionProject(feed, "NoEvent");

        var result = function.Build("-p:ServerlessStartupEvent=events/missing.json").ShouldFail();

        Assert.Contains("SLS2011", result.Errors);
    }

    [Fact]
    public void A_function_that_crashes_during_the_probe_is_reported_with_its_last_output()
    {
        using var function = new FunctionProject(feed, "Crashes", program: CrashingProgram);

        var result = function.Build().ShouldSucceed();

        Assert.Contains("SLS2002", result.Warnings);
        Assert.Contains("TABLE_NAME is not set", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_that_hangs_during_the_probe_times_out_instead_of_hanging_the_build()
    {
        using var function = new FunctionProject(feed, "Hangs", program: "await Task.Delay(Timeout.Infinite);");

        var result = function.Build().ShouldSucceed();

        Assert.Contains("SLS2007", result.Warnings);
    }

    [Fact]
    public void A_library_project_gets_a_coded_error()
    {
        using var function = new FunctionProject(feed, "Library", extraProperties: "<OutputType>Library</OutputType>", program: "namespace Orders; public static class Prices { }");

        var result = function.Build().ShouldFail();

        Assert.Contains("SLS2030", result.Errors);
    }

    [Fact]
    public void ServerlessSkipMeasure_turns_measurement_off()
    {
        using var function = new FunctionProject(feed, "Skipped");

        function.Build("-p:ServerlessSkipMeasure=true").ShouldSucceed();

        Assert.False(File.Exists(Path.Combine(function.BuildOutputDirectory, "serverless-report.json")));
    }

    [Fact]
    public void The_markdown_report_is_appended_to_the_github_step_summary()
    {
        using var function = new FunctionProject(feed, "Summary");
        var summary = Path.Combine(function.ProjectDirectory, "step-summary.md");
        File.WriteAllText(summary, "# Earlier step\n");

        function.Build(new Dictionary<string, string> { ["GITHUB_STEP_SUMMARY"] = summary }).ShouldSucceed();

        var text = File.ReadAllText(summary);
        Assert.StartsWith("# Earlier step", text, StringComparison.Ordinal);
        Assert.Contains("Summary", text, StringComparison.Ordinal);
        Assert.True(text.Length > "# Earlier step\n".Length + 100);
    }

    [Fact]
    public void A_build_after_a_publish_shows_the_published_figures_beside_its_jit_estimate()
    {
        // The shared project, Native AOT published once: a publish that measures again (a publish setting changed,
        // nothing the compiler reads) gives it a new last publish without another native compile.
        var function = PublishedFunction.Of(feed).Project;
        DotnetResult result;
        try
        {
            function.Build().ShouldSucceed();
            function.Publish("-p:ServerlessExpectedMonthlyInvocations=2000000").ShouldSucceed();

            // Nothing in the source or the build's settings changed: the new publish alone makes the build measure again and show it.
            result = function.Build().ShouldSucceed();
        }
        finally
        {
            function.Publish(); // back to the default settings (and zip) for the other tests of the shared project
        }

        Assert.Contains($"{function.Name} (JIT estimate): ", result.Output, StringComparison.Ordinal);
        Assert.Contains("; last publish (Native AOT, x86_64): ", result.Output, StringComparison.Ordinal);
        Assert.Equal("x86_64", Report(function).GetProperty("lastPublish").GetProperty("architecture").GetString());
    }

    [Fact]
    public void Publish_measures_the_native_aot_bootstrap()
    {
        var published = PublishedFunction.Of(feed);

        var report = JsonDocument.Parse(published.FirstReport).RootElement;
        Assert.Equal("publish", report.GetProperty("kind").GetString());
        Assert.Equal(10, report.GetProperty("startup").GetProperty("coldStartMs").GetProperty("samples").GetArrayLength());
        Assert.Contains($"{published.Project.Name}: ", published.FirstPublish.Output, StringComparison.Ordinal);
    }
}
