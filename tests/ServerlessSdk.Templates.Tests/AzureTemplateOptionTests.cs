using ServerlessSdk.Templates.Tests.Infrastructure;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Templates.Tests;

/// <summary>
/// The Lambda options with <c>--platform azure</c>, without building: <c>--memory</c> becomes the Flex instance memory,
/// <c>--arch arm64</c>, <c>--iac</c> and memory sizes Flex does not offer are refused by <c>dotnet new</c> with their
/// code and no file written, <c>--logging serilog</c> wires Serilog and the budgets apply as on AWS.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class AzureTemplateOptionTests(TemplatePack pack)
{
    public static readonly TheoryData<string, string, string, string> Refused = Cases();

    [Theory]
    [MemberData(nameof(Refused))]
    public void Options_azure_cannot_honour_are_refused_with_their_code_and_nothing_written(string template, string option, string value, string code)
    {
        var output = Path.Combine(pack.WorkFolder, $"refused-{template}{option}-{value}");

        var result = pack.NewTemplate(template, "-n", "Refused", "-o", output, "--skip-restore", "--platform", "azure", option, value).ShouldFail();

        Assert.Contains(code, result.Output, StringComparison.Ordinal);
        // dotnet new creates the output folder before it checks required options: it stays empty.
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), $"{output} is not empty");
    }

    [Theory]
    [InlineData("serverless-api", null, "2048")]
    [InlineData("serverless-queue", "512", "512")]
    [InlineData("serverless-scheduled", "4096", "4096")]
    [InlineData("serverless-api", "2048", "2048")]
    public void Memory_becomes_the_flex_instance_memory(string template, string? memory, string expected)
    {
        string[] options = memory is null ? [] : ["--memory", memory];
        var project = pack.Create(template, "Sized", ["--skip-restore", "--platform", "azure", "--iac", "all", "--arch", "x86_64", .. options]);

        Assert.Equal(expected, project.Property("ServerlessMemorySize"));
    }

    [Fact]
    public void The_budgets_apply_on_azure_as_on_aws()
    {
        var project = pack.Create("serverless-queue", "Budgeted", "--skip-restore", "--platform", "azure", "--cold-start-budget", "80", "--package-budget", "5");

        var evaluated = project.Evaluated(["ServerlessPublishColdStartBudget", "ServerlessPackageSizeBudget"]);

        Assert.Equal(("80", "5"), (evaluated["ServerlessPublishColdStartBudget"], evaluated["ServerlessPackageSizeBudget"]));
    }

    [Fact]
    public void The_lambda_options_still_apply_on_aws()
    {
        var project = pack.Create("serverless-api", "Lambda", "--skip-restore", "--arch", "arm64", "--memory", "1024", "--iac", "sam");

        Assert.Equal("arm64", project.Property("ServerlessArchitecture"));
        Assert.Equal("1024", project.Property("ServerlessMemorySize"));
        Assert.Equal("sam", project.Property("ServerlessIaCFormats"));
    }

    [Theory]
    [MemberData(nameof(AzureTemplateContentTests.AzureTemplates), MemberType = typeof(AzureTemplateContentTests))]
    public void Serilog_on_azure_references_the_sink_configures_it_and_logs_through_it(string template)
    {
        var project = pack.Create(template, "Logged", "--skip-restore", "--platform", "azure", "--logging", "serilog");
        var code = string.Concat(Directory.GetFiles(project.FunctionDirectory, "*.cs").Select(File.ReadAllText));

        Assert.Contains("Include=\"ServerlessSdk.Runtime.Serilog\"", File.ReadAllText(project.FunctionProjectFile), StringComparison.Ordinal);
        Assert.Contains("new LoggerConfiguration().ForLambda().CreateLogger()", code, StringComparison.Ordinal);
        Assert.Contains("Log.Information(", code, StringComparison.Ordinal);
        Assert.DoesNotContain("context.Logger.", code, StringComparison.Ordinal);
    }

    private static TheoryData<string, string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string, string>();
        foreach (var template in ((IEnumerable<object[]>)AzureTemplateContentTests.AzureTemplates).Select(row => (string)row[0]))
        {
            cases.Add(template, "--arch", "arm64", DiagnosticCodes.TemplateAzureArm64);
            cases.Add(template, "--iac", template == "serverless-api" ? "sam" : "terraform", DiagnosticCodes.TemplateAzureIaC);
            cases.Add(template, "--memory", "1024", DiagnosticCodes.TemplateAzureMemory);
        }

        cases.Add("serverless-queue", "--iac", "serverless", DiagnosticCodes.TemplateAzureIaC);
        cases.Add("serverless-scheduled", "--memory", "128", DiagnosticCodes.TemplateAzureMemory);
        return cases;
    }
}
