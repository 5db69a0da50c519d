using System.IO.Compression;
using System.Text.Json;
using ServerlessSdk.Templates.Tests.Infrastructure;

namespace ServerlessSdk.Templates.Tests;

/// <summary>What <c>dotnet new</c> accepts and writes, without building: options, settings, versions, names.</summary>
[Collection(TemplatePackCollection.Name)]
public sealed class TemplateContentTests(TemplatePack pack)
{
    public static readonly TheoryData<string> Templates = new() { "serverless-api", "serverless-queue", "serverless-events", "serverless-scheduled" };

    private static readonly string[] Options = ["--arch", "--memory", "--timeout", "--iac", "--logging", "--cold-start-budget", "--package-budget", "--no-tests", "--skip-restore"];

    /// <summary>Template tokens that must never reach a generated file.</summary>
    internal static readonly string[] Tokens = ["ServerlessFunction1", "ServerlessProject1", "ServerlessKebab1", "SERVERLESS_SDK_VERSION", "SAMPLE_EVENT_FILE", "XUNIT_VERSION", "TEST_SDK_VERSION", "AWSSDK_DYNAMODB_VERSION", "__"];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Help_lists_every_option(string template)
    {
        var help = pack.NewTemplate(template, "--help").ShouldSucceed();

        Assert.All(Options, option => Assert.Contains(option, help.Output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--arch", "sparc")]
    [InlineData("--iac", "cdk")]
    [InlineData("--logging", "log4net")]
    [InlineData("--memory", "lots")]
    [InlineData("--timeout", "1.5")]
    [InlineData("--cold-start-budget", "fast")]
    [InlineData("--package-budget", "small")]
    public void Invalid_option_values_are_refused(string option, string value)
    {
        var output = Path.Combine(pack.WorkFolder, $"invalid{option}");

        pack.NewTemplate("serverless-api", "-n", "Refused", "-o", output, "--skip-restore", option, value).ShouldFail();

        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Defaults_configure_native_aot_trimming_budgets_and_iac(string template)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore");

        Assert.Equal("bootstrap", project.Property("AssemblyName"));
        Assert.Equal("Exe", project.Property("OutputType"));
        Assert.Equal("true", project.Property("PublishAot"));
        Assert.Equal("full", project.Property("TrimMode"));
        Assert.Equal("true", project.Property("EnableTrimAnalyzer"));
        Assert.Equal("true", project.Property("EnableAotAnalyzer"));
        Assert.Equal("true", project.Property("InvariantGlobalization"));
        Assert.Equal("true", project.Property("StripSymbols"));
        Assert.Equal("enable", project.Property("Nullable"));
        Assert.Equal("true", project.Property("TreatWarningsAsErrors"));
        Assert.Equal("x86_64", project.Property("ServerlessArchitecture"));
        Assert.Equal("256", project.Property("ServerlessMemorySize"));
        Assert.Equal("sam;terraform;serverless", project.Property("ServerlessIaCFormats"));
        var budgets = project.Evaluated(["ServerlessPublishColdStartBudget", "ServerlessPackageSizeBudget"]);
        Assert.Equal("100", budgets["ServerlessPublishColdStartBudget"]);
        Assert.Equal("10", budgets["ServerlessPackageSizeBudget"]);
        Assert.True(File.Exists(Path.Combine(project.FunctionDirectory, project.Property("ServerlessStartupEvent")!)));
        Assert.True(File.Exists(Path.Combine(project.TestsDirectory, "Orders.Tests.csproj")));
        foreach (var file in new[] { "README.md", ".gitignore", ".editorconfig", ".github/workflows/ci.yml", "Orders.slnx" })
        {
            Assert.True(File.Exists(Path.Combine(project.Root, file)), file);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Build_and_publish_budgets_have_their_own_properties_and_need_no_sdk_internals(string template)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore");

        // The same values whether or not the SDK is publishing: nothing in the project depends on its internals.
        foreach (var publishing in new[] { "_IsPublishing=false", "_IsPublishing=true" })
        {
            var budgets = project.Evaluated(["ServerlessPublishColdStartBudget", "ServerlessBuildColdStartBudget", "ServerlessColdStartBudget"], publishing);
            Assert.Equal("100", budgets["ServerlessPublishColdStartBudget"]);
            Assert.Equal("", budgets["ServerlessBuildColdStartBudget"]);
            Assert.Equal("", budgets["ServerlessColdStartBudget"]);
        }

        Assert.DoesNotContain("_IsPublishing", File.ReadAllText(project.FunctionProjectFile), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Logging_is_the_runtime_logger_by_default_and_serilog_on_request(string template)
    {
        var lean = pack.Shared(template, "Orders", "--skip-restore");
        var serilog = pack.Shared(template, "Orders", "--skip-restore", "--logging", "serilog");

        Assert.DoesNotContain("Serilog", File.ReadAllText(lean.FunctionProjectFile), StringComparison.Ordinal);
        Assert.DoesNotContain("Serilog", lean.Read($"src/{lean.Name}/Program.cs"), StringComparison.Ordinal);
        Assert.Contains($"""<PackageReference Include="ServerlessSdk.Runtime.Serilog" Version="{pack.Version}" />""", File.ReadAllText(serilog.FunctionProjectFile), StringComparison.Ordinal);
        Assert.Contains(".ForLambda().CreateLogger()", serilog.Read($"src/{serilog.Name}/Program.cs"), StringComparison.Ordinal);
        var leanCode = string.Concat(Directory.GetFiles(lean.FunctionDirectory, "*.cs").Select(File.ReadAllText));
        var serilogCode = string.Concat(Directory.GetFiles(serilog.FunctionDirectory, "*.cs").Select(File.ReadAllText));
        Assert.Contains("context.Logger.", leanCode, StringComparison.Ordinal);
        Assert.DoesNotContain("context.Logger.", serilogCode, StringComparison.Ordinal);
        Assert.Contains("Log.", serilogCode, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_sdk_package_reference_is_the_packed_version(string template)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore");
        var csproj = File.ReadAllText(project.FunctionProjectFile);

        foreach (var package in new[] { "ServerlessSdk.Runtime", "ServerlessSdk.Functions", "ServerlessSdk.Build" })
        {
            Assert.Contains($"""<PackageReference Include="{package}" Version="{pack.Version}" />""", csproj, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_tool_manifest_pins_dotnet_serverless_at_the_packed_version(string template)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore");

        using var manifest = JsonDocument.Parse(project.Read(".config/dotnet-tools.json"));

        Assert.True(manifest.RootElement.GetProperty("isRoot").GetBoolean());
        var tool = manifest.RootElement.GetProperty("tools").GetProperty("serverlesssdk.cli");
        Assert.Equal(pack.Version, tool.GetProperty("version").GetString());
        Assert.Equal(["dotnet-serverless"], tool.GetProperty("commands").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void The_readme_tries_the_function_locally_with_the_tool_not_the_sdk_repository(string template)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore");

        var readme = project.Read("README.md");

        Assert.Contains("dotnet tool restore", readme, StringComparison.Ordinal);
        Assert.Contains($"dotnet serverless invoke --project src/{project.Name} --event src/{project.Name}/events/", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("demo.sh", readme, StringComparison.Ordinal);
        if (template == "serverless-api")
        {
            Assert.Contains($"dotnet serverless start-api --project src/{project.Name}", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_test_project_is_not_publishable()
    {
        var project = pack.Shared("serverless-api", "Orders", "--skip-restore");

        Assert.Contains("<IsPublishable>false</IsPublishable>", File.ReadAllText(Path.Combine(project.TestsDirectory, $"{project.Name}.Tests.csproj")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("serverless-api", true)]
    [InlineData("serverless-queue", false)]
    public void Only_the_api_references_the_aws_sdk_at_the_repository_version(string template, bool references)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore");
        var csproj = File.ReadAllText(project.FunctionProjectFile);
        var version = System.Xml.Linq.XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == "AWSSDK.DynamoDBv2").Attribute("Version")!.Value;

        Assert.Equal(references, csproj.Contains($"""<PackageReference Include="AWSSDK.DynamoDBv2" Version="{version}" />""", StringComparison.Ordinal));
        Assert.Equal(references, csproj.Contains("AWSSDK", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void No_template_token_survives_generation(string template)
    {
        var project = pack.Shared(template, "Orders", "--skip-restore");

        foreach (var file in Directory.EnumerateFiles(project.Root, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.All(Tokens, token => Assert.False(text.Contains(token, StringComparison.Ordinal), $"{token} in {file}"));
        }
    }

    [Fact]
    public void The_packed_template_json_files_carry_the_packed_version()
    {
        using var package = ZipFile.OpenRead(pack.TemplatesPackage);
        var templateFiles = package.Entries.Where(e => e.FullName.EndsWith(".template.config/template.json", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, templateFiles.Count);
        foreach (var entry in templateFiles)
        {
            using var reader = new StreamReader(entry.Open());
            var json = reader.ReadToEnd();
            Assert.Contains($"\"{pack.Version}\"", json, StringComparison.Ordinal);
            Assert.DoesNotContain("__", json, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(package.Entries, e => e.FullName.Contains("/bin/", StringComparison.Ordinal) || e.FullName.Contains("/obj/", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_are_written_into_the_project_readme_and_ci()
    {
        var project = pack.Create("serverless-api", "Tuned", "--skip-restore", "--arch", "arm64", "--iac", "terraform", "--memory", "512",
            "--timeout", "30", "--cold-start-budget", "150", "--package-budget", "5");

        Assert.Equal("arm64", project.Property("ServerlessArchitecture"));
        Assert.Equal("terraform", project.Property("ServerlessIaCFormats"));
        Assert.Equal("512", project.Property("ServerlessMemorySize"));
        Assert.Equal("30", project.Property("ServerlessTimeout"));
        var budgets = project.Evaluated(["ServerlessPublishColdStartBudget", "ServerlessPackageSizeBudget"]);
        Assert.Equal("150", budgets["ServerlessPublishColdStartBudget"]);
        Assert.Equal("5", budgets["ServerlessPackageSizeBudget"]);
        var ci = project.Read(".github/workflows/ci.yml");
        Assert.Contains("linux-arm64", ci, StringComparison.Ordinal);
        Assert.DoesNotContain("linux-x64", ci, StringComparison.Ordinal);
        Assert.Contains("terraform apply", ci, StringComparison.Ordinal);
        Assert.DoesNotContain("sam deploy", ci, StringComparison.Ordinal);
        var readme = project.Read("README.md");
        Assert.Contains("Tuned-arm64.zip", readme, StringComparison.Ordinal);
        Assert.Contains("terraform apply", readme, StringComparison.Ordinal);
        Assert.DoesNotContain("sam deploy", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void No_tests_leaves_the_test_project_out_of_the_folder_the_solution_and_ci()
    {
        var project = pack.Create("serverless-queue", "Lean", "--skip-restore", "--no-tests");

        Assert.False(Directory.Exists(Path.Combine(project.Root, "tests")));
        Assert.DoesNotContain("Tests", project.Read("Lean.slnx"), StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet test", project.Read(".github/workflows/ci.yml"), StringComparison.Ordinal);
        Assert.DoesNotContain("tests/", project.Read("README.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My-App.2_x", "My_App._2_x")]
    [InlineData("orders.v2", "orders.v2")]
    [InlineData("3d-printer", "_3d_printer")]
    public void Project_names_keep_their_files_and_get_a_valid_namespace(string name, string expectedNamespace)
    {
        var project = pack.Create("serverless-events", name, "--skip-restore");

        Assert.True(File.Exists(project.FunctionProjectFile));
        Assert.Equal(expectedNamespace, project.Property("RootNamespace"));
        Assert.Contains($"namespace {expectedNamespace};", File.ReadAllText(Path.Combine(project.FunctionDirectory, "OrderPlacedConsumer.cs")), StringComparison.Ordinal);
        Assert.Contains($"../../src/{name}/{name}.csproj", File.ReadAllText(Path.Combine(project.TestsDirectory, $"{name}.Tests.csproj")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_projects_are_restored_unless_skip_restore()
    {
        var restored = pack.Create("serverless-scheduled", "Restored");
        var skipped = pack.Create("serverless-scheduled", "Skipped", "--skip-restore");

        Assert.True(File.Exists(Path.Combine(restored.FunctionDirectory, "obj", "project.assets.json")));
        Assert.True(File.Exists(Path.Combine(restored.TestsDirectory, "obj", "project.assets.json")));
        Assert.False(Directory.Exists(Path.Combine(skipped.FunctionDirectory, "obj")));
    }
}
