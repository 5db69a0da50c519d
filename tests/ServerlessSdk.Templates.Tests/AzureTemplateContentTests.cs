using ServerlessSdk.Templates.Tests.Infrastructure;

namespace ServerlessSdk.Templates.Tests;

/// <summary>What <c>dotnet new … --platform azure</c> accepts and writes, without building; and every template's CI workflow against the workflow schema.</summary>
[Collection(TemplatePackCollection.Name)]
public sealed class AzureTemplateContentTests(TemplatePack pack)
{
    public static readonly TheoryData<string> AzureTemplates = new() { "serverless-api", "serverless-queue", "serverless-scheduled" };

    [Theory]
    [MemberData(nameof(AzureTemplates))]
    public void Azure_sets_the_platform_and_leaves_out_the_lambda_settings_samples_and_aws_deployment(string template)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore", "--platform", "azure");
        var csproj = File.ReadAllText(project.FunctionProjectFile);

        Assert.Equal("azure", project.Property("ServerlessPlatform"));
        Assert.Equal("infra", project.Property("ServerlessIaCOutputPath"));
        Assert.Equal("true", project.Property("PublishAot"));
        Assert.Null(project.Property("AssemblyName"));
        foreach (var lambdaOnly in new[] { "ServerlessIaCFormats", "ServerlessArchitecture" })
        {
            Assert.DoesNotContain(lambdaOnly, csproj, StringComparison.Ordinal);
        }

        // The queue variant's probe delivers its own sample order; the others have no event to send.
        var events = Path.Combine(project.FunctionDirectory, "events");
        if (template == "serverless-queue")
        {
            Assert.Equal("events/order.json", project.Property("ServerlessStartupEvent"));
            Assert.Equal(["order.json"], Directory.EnumerateFiles(events).Select(Path.GetFileName));
        }
        else
        {
            Assert.Null(project.Property("ServerlessStartupEvent"));
            Assert.False(Directory.Exists(events));
        }

        Assert.Null(project.Property("ServerlessSkipMeasure"));
        var readme = project.Read("README.md");
        Assert.Contains("az functionapp deployment source config-zip", readme, StringComparison.Ordinal);
        Assert.Contains("FUNCTIONS_CUSTOMHANDLER_PORT", readme, StringComparison.Ordinal);
        Assert.Contains("infra/main.bicep", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("sam deploy", readme, StringComparison.Ordinal);
        var ci = project.Read(".github/workflows/ci.yml");
        Assert.Contains("azure/login@", ci, StringComparison.Ordinal);
        Assert.Contains("az functionapp deployment source config-zip", ci, StringComparison.Ordinal);
        Assert.DoesNotContain("aws-actions", ci, StringComparison.Ordinal);
        Assert.Contains("inputs.deploy", ci, StringComparison.Ordinal);
        AssertWorkflowIsValid(project);
        foreach (var file in Directory.EnumerateFiles(project.Root, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            // Azure's app settings have "__" in their names (AzureWebJobsStorage__accountName): only a whole __TOKEN__ is one.
            Assert.All(TemplateContentTests.Tokens.Where(t => t != "__"), token => Assert.False(text.Contains(token, StringComparison.Ordinal), $"{token} in {file}"));
            Assert.DoesNotMatch(@"__[A-Z][A-Z_]*__", text);
        }
    }

    [Theory]
    [MemberData(nameof(AzureTemplates))]
    public void The_default_platform_is_aws(string template)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore");

        Assert.Null(project.Property("ServerlessPlatform"));
        Assert.Equal("bootstrap", project.Property("AssemblyName"));
        Assert.Contains("aws-actions/configure-aws-credentials", project.Read(".github/workflows/ci.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_platform_is_refused_and_the_events_template_has_no_platform_choice()
    {
        var unknown = Path.Combine(pack.WorkFolder, "platform-gcp");
        var events = Path.Combine(pack.WorkFolder, "platform-events");

        pack.NewTemplate("serverless-api", "-n", "Refused", "-o", unknown, "--skip-restore", "--platform", "gcp").ShouldFail();
        pack.NewTemplate("serverless-events", "-n", "Refused", "-o", events, "--skip-restore", "--platform", "azure").ShouldFail();

        Assert.False(Directory.Exists(unknown));
        Assert.False(Directory.Exists(events));
    }

    [Fact]
    public void The_azure_api_declares_its_table_and_ships_no_azure_package_aws_store_or_hand_written_bicep()
    {
        var project = pack.Shared("serverless-api", "Orders", "--skip-restore", "--platform", "azure");
        var csproj = File.ReadAllText(project.FunctionProjectFile);

        Assert.DoesNotContain("AWSSDK", csproj, StringComparison.Ordinal);
        Assert.DoesNotContain("Include=\"Azure.", csproj, StringComparison.Ordinal); // no Azure.Identity, no Azure.Data.Tables
        var code = string.Concat(Directory.GetFiles(project.FunctionDirectory, "*.cs").Select(File.ReadAllText));
        Assert.Contains("TableStorageItemStore.FromEnvironment()", code, StringComparison.Ordinal);
        Assert.DoesNotContain("DynamoDb", code, StringComparison.Ordinal);
        Assert.DoesNotContain("InMemory", code, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project.TestsDirectory, "InMemoryItemStore.cs")));
        Assert.False(File.Exists(Path.Combine(project.TestsDirectory, "Dynalite.cs")));
        Assert.Contains("[assembly: StorageTable(\"Items\")]", code, StringComparison.Ordinal);
        Assert.Contains("[Uses(\"Items\", Access.ReadWrite)]", code, StringComparison.Ordinal);
        Assert.Empty(project.IaCFiles); // no hand-written Bicep: the build writes main.bicep from the declarations
    }

    [Theory]
    [InlineData("serverless-api", "--platform", "azure")]
    [InlineData("serverless-api", "--platform", "azure", "--no-tests")]
    [InlineData("serverless-queue", "--platform", "azure", "--no-tests")]
    [InlineData("serverless-api")]
    [InlineData("serverless-api", "--arch", "arm64", "--iac", "terraform")]
    [InlineData("serverless-queue", "--iac", "serverless", "--no-tests")]
    [InlineData("serverless-events", "--iac", "sam")]
    [InlineData("serverless-scheduled")]
    public void The_generated_ci_workflow_is_valid(string template, params string[] options)
    {
        var project = pack.Shared(template, "Orders", ["--skip-restore", .. options]);

        AssertWorkflowIsValid(project);
    }

    private static void AssertWorkflowIsValid(GeneratedProject project)
    {
        var (exitCode, output) = WorkflowValidator.Validate(Path.Combine(project.Root, ".github", "workflows", "ci.yml"));
        Assert.True(exitCode == 0, output);
    }
}
