using ServerlessSdk.Build.Tests.Infrastructure;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Build.Tests;

/// <summary>
/// Every Serverless* property is checked before anything is compiled: a mistake is one coded error within seconds,
/// on build and on publish, and a publish that fails any check leaves no zip behind.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class EarlyValidationTests(LocalFeed feed, SettingsCheckProject unbuilt) : IClassFixture<SettingsCheckProject>
{
    private static string CompiledAssembly(FunctionProject function) =>
        Path.Combine(function.ProjectDirectory, "obj", "Release", "net10.0", "bootstrap.dll");

    [Fact]
    public void A_budget_that_is_not_a_number_in_the_project_fails_the_build_before_compiling()
    {
        using var function = new FunctionProject(feed, "BadBudget", extraProperties: "<ServerlessColdStartBudget>abc</ServerlessColdStartBudget>");

        var result = function.Build().ShouldFail();

        Assert.Contains("SLS3001", result.Errors);
        Assert.False(File.Exists(CompiledAssembly(function)), "the compiler ran before the settings were checked");
    }

    [Theory]
    [InlineData("-p:ServerlessMemorySize=big", "SLS3021")]
    [InlineData("-p:ServerlessTimeout=0", "SLS4121")]
    [InlineData("-p:ServerlessLogRetentionDays=10", "SLS4122")]
    [InlineData("-p:ServerlessArchitecture=x86", "SLS5011")]
    [InlineData("-p:ServerlessIaCFormats=cdk", "SLS4103")]
    [InlineData("-p:ServerlessTriggerType=http", "SLS2010")]
    [InlineData("-p:ServerlessAlarms=yes", "SLS2031")]
    public void Each_bad_setting_is_its_own_coded_error_before_compiling(string property, string code)
    {
        var function = unbuilt.Of(() => new FunctionProject(feed, "BadSetting"));

        var result = function.Build(property).ShouldFail();

        Assert.Equal(code, Assert.Single(result.Errors));
        Assert.False(File.Exists(CompiledAssembly(function)));
    }

    /// <summary>
    /// One parser, one default: the IaC and the measurement read the settings with the early check's parser, so a
    /// target run on its own (past the early check) gives the same error, with the same message naming the default.
    /// </summary>
    [Fact]
    public void A_bad_memory_size_is_the_same_error_from_the_early_check_the_iac_and_the_measurement()
    {
        using var function = new FunctionProject(feed, "OneParse", program: ProjectShapeTests.ApiProgram);
        function.Build().ShouldSucceed();
        var expected = Assert.Single(ProjectSettings.Parse(new ProjectSettingsInput { MemorySize = "64" }, MeasurementKind.Build).Diagnostics);

        var results = new[]
        {
            function.Build("-p:ServerlessMemorySize=64").ShouldFail(),
            function.Build("--no-restore", "-t:ServerlessGenerateIaC", "-p:ServerlessMemorySize=64").ShouldFail(),
            function.Build("--no-restore", "-t:ServerlessMeasureBuild", "-p:ServerlessMemorySize=64").ShouldFail(),
        };

        Assert.All(results, result =>
        {
            Assert.Equal(DiagnosticCodes.InvalidMemorySize, Assert.Single(result.Errors));
            Assert.Contains(expected.Message, result.Output, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_publish_with_a_bad_setting_stops_before_the_native_compile_and_writes_no_zip()
    {
        using var function = new FunctionProject(feed, "BadPublish", extraProperties: "<ServerlessColdStartBudget>abc</ServerlessColdStartBudget>");

        var result = function.Publish().ShouldFail();

        Assert.Contains("SLS3001", result.Errors);
        Assert.False(File.Exists(function.ZipPath()));
        Assert.False(File.Exists(Path.Combine(function.OutputDirectory(), "publish", "bootstrap")));
        Assert.DoesNotContain("within budgets", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_publish_that_breaches_a_budget_removes_its_zip_and_does_not_say_within_budgets()
    {
        // The measurement's verdict removes the zip whatever compiled it: a framework-dependent publish will do.
        using var function = new FunctionProject(feed, "Breached", FunctionProject.QuickPublish);

        var result = function.Publish("-p:ServerlessPackageSizeBudget=0.001").ShouldFail();

        Assert.Contains("SLS3011", result.Errors);
        Assert.False(File.Exists(function.ZipPath()));
        Assert.True(File.Exists(Path.Combine(function.OutputDirectory(), "serverless-report.json")), "the report says why");
        Assert.DoesNotContain("within budgets", result.Output, StringComparison.Ordinal);
    }
}
