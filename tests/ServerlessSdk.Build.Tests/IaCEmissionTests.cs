using System.Text.RegularExpressions;
using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

/// <summary>`dotnet build` emits SAM/Terraform/Serverless files from the functions declared in C#.</summary>
[Collection(LocalFeedCollection.Name)]
public sealed partial class IaCEmissionTests(LocalFeed feed, SettingsCheckProject unbuilt) : IClassFixture<SettingsCheckProject>
{
    private const string NoMeasure = "<ServerlessSkipMeasure>true</ServerlessSkipMeasure>";

    internal const string DeclaredProgram = """
        using ServerlessSdk.Functions;
        using ServerlessSdk.Runtime.Events;

        return await ServerlessFunctions.RunAsync();

        public static class Api
        {
            [HttpApi(LambdaHttpMethod.Get, "/hello/{name}")]
            public static HttpApiResponse Hello(string name) => HttpApiResponse.Text(200, $"hello {name}");
        }

        public static class Worker
        {
            [SqsTrigger("orders", MaxReceiveCount = 3)]
            public static SqsBatchResponse Process(SqsEvent batch) => new();
        }
        """;

    [Fact]
    public void A_build_emits_sam_and_terraform_by_default()
    {
        using var function = new FunctionProject(feed, "Declared", NoMeasure, DeclaredProgram);

        var result = function.Build().ShouldSucceed();

        Assert.Equal(["main.tf", "outputs.tf", "template.yaml", "variables.tf"], Files(function));
        var sam = File.ReadAllText(Path.Combine(function.IaCDirectory, "template.yaml"));
        Assert.Contains("../bin/Release/net10.0/linux-x64/Declared-x86_64.zip", sam, StringComparison.Ordinal);
        Assert.Contains("declared: 2 function(s)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_no_op_build_rewrites_nothing_and_an_edit_stops_the_build()
    {
        using var function = new FunctionProject(feed, "Guarded", NoMeasure + "<ServerlessIaCFormats>sam;terraform;serverless</ServerlessIaCFormats>", DeclaredProgram);
        function.Build().ShouldSucceed();
        var template = Path.Combine(function.IaCDirectory, "template.yaml");
        var written = File.GetLastWriteTimeUtc(Path.Combine(function.IaCDirectory, "serverless.yml"));

        var again = function.Build().ShouldSucceed();

        Assert.DoesNotContain("function(s) ->", again.Output, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(function.IaCDirectory, "serverless.yml")));

        var edited = File.ReadAllText(template) + "\n# my hand edit\n";
        File.WriteAllText(template, edited);
        Assert.Contains("SLS4101", function.Build().ShouldFail().Errors);
        Assert.Equal(edited, File.ReadAllText(template));

        function.Build("-p:ServerlessIaCOverwrite=true").ShouldSucceed();
        Assert.DoesNotContain("my hand edit", File.ReadAllText(template), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_SLS4103()
    {
        using var function = new FunctionProject(feed, "Formats", NoMeasure + "<ServerlessIaCFormats>sam;cdk</ServerlessIaCFormats>", DeclaredProgram);

        Assert.Contains("SLS4103", function.Build().ShouldFail().Errors);
    }

    /// <summary>On the command line MSBuild splits -p on ';' and ',', so a list there is escaped; in the project it is not.</summary>
    [Theory]
    [InlineData("", "-p:ServerlessIaCFormats=sam%3Bterraform")]
    [InlineData("", "-p:ServerlessIaCFormats=sam%2Cterraform")]
    [InlineData("<ServerlessIaCFormats> sam , serverless </ServerlessIaCFormats>", "")]
    public void A_format_list_is_accepted_however_its_separators_arrive(string projectProperty, string commandLine)
    {
        using var function = new FunctionProject(feed, "Separated", NoMeasure + projectProperty, DeclaredProgram);

        function.Build(commandLine.Length > 0 ? new[] { commandLine } : Array.Empty<string>()).ShouldSucceed();

        var expected = commandLine.Contains("terraform", StringComparison.Ordinal)
            ? new[] { "main.tf", "outputs.tf", "template.yaml", "variables.tf" }
            : ["serverless.yml", "template.yaml"];
        Assert.Equal(expected, Files(function));
    }

    [Fact]
    public void Deleting_an_overlay_regenerates_the_files_without_its_resources()
    {
        using var function = new FunctionProject(feed, "Overlaid", NoMeasure + "<ServerlessIaCFormats>sam</ServerlessIaCFormats>", DeclaredProgram);
        var overlay = Path.Combine(function.IaCDirectory, "template.overlay.json");
        var template = Path.Combine(function.IaCDirectory, "template.yaml");
        Directory.CreateDirectory(function.IaCDirectory);
        File.WriteAllText(overlay, """{ "Resources": { "ExtraTopic": { "Type": "AWS::SNS::Topic", "Properties": { "KmsMasterKeyId": "alias/aws/sns" } } } }""");
        function.Build().ShouldSucceed();
        Assert.Contains("ExtraTopic:", File.ReadAllText(template), StringComparison.Ordinal);

        File.Delete(overlay);
        var rebuilt = function.Build().ShouldSucceed();

        Assert.Contains("function(s) ->", rebuilt.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("ExtraTopic", File.ReadAllText(template), StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_names_the_unauthenticated_routes_once()
    {
        using var function = new FunctionProject(feed, "Open", NoMeasure, DeclaredProgram);

        var result = function.Build().ShouldSucceed();

        Assert.Single(UnauthenticatedLine().Matches(result.Output));
        Assert.Contains("unauthenticated HTTP routes (anyone may call them): GET /hello/{name}", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-p:ServerlessTags=team", "SLS4150")]
    [InlineData("-p:ServerlessAsyncMaxRetryAttempts=5", "SLS4151")]
    [InlineData("-p:ServerlessHttpThrottlingRateLimit=0", "SLS4152")]
    [InlineData("-p:ServerlessSnsKmsKeyId=not%20a%20key", "SLS4153")]
    public void A_bad_security_setting_stops_the_build_with_its_code(string property, string code)
    {
        var function = unbuilt.Of(() => new FunctionProject(feed, "BadSetting", NoMeasure, DeclaredProgram));

        Assert.Contains(code, function.Build(property).ShouldFail().Errors);
    }

    [Fact]
    public void Declared_tags_reach_every_format()
    {
        using var function = new FunctionProject(feed, "Tagged", NoMeasure + "<ServerlessIaCFormats>sam;terraform;serverless</ServerlessIaCFormats><ServerlessTags>team=orders;costcenter=42</ServerlessTags>", DeclaredProgram);

        function.Build().ShouldSucceed();

        Assert.Contains("- Key: costcenter\n          Value: '42'", File.ReadAllText(Path.Combine(function.IaCDirectory, "template.yaml")), StringComparison.Ordinal);
        Assert.Contains("costcenter = \"42\"", File.ReadAllText(Path.Combine(function.IaCDirectory, "main.tf")), StringComparison.Ordinal);
        Assert.Contains("    team: orders\n", File.ReadAllText(Path.Combine(function.IaCDirectory, "serverless.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_declaration_fails_compilation_with_its_code_and_emits_nothing()
    {
        const string program = """
            using ServerlessSdk.Functions;
            using ServerlessSdk.Runtime.Events;

            return await ServerlessFunctions.RunAsync();

            public static class Jobs
            {
                [Schedule("rate(1 minutes)")]
                public static void Tick(ScheduledEvent tick) { }
            }
            """;
        using var function = new FunctionProject(feed, "Invalid", NoMeasure, program);

        Assert.Contains("SLS4003", function.Build().ShouldFail().Errors);

        Assert.False(Directory.Exists(function.IaCDirectory));
    }

    [Fact]
    public void A_project_without_declarations_gets_no_iac()
    {
        using var function = new FunctionProject(feed, "Plain", NoMeasure);

        function.Build().ShouldSucceed();

        Assert.False(Directory.Exists(function.IaCDirectory));
    }

    [Fact]
    public void The_code_location_is_the_zip_publish_writes()
    {
        // Where the zip goes, not what is in it: a framework-dependent publish (FunctionProject.QuickPublish) will do.
        using var function = new FunctionProject(feed, "Located", NoMeasure + FunctionProject.QuickPublish + "<ServerlessIaCFormats>sam;terraform;serverless</ServerlessIaCFormats>", DeclaredProgram);

        function.Publish().ShouldSucceed();

        var sam = File.ReadAllText(Path.Combine(function.IaCDirectory, "template.yaml"));
        var codeUri = CodeUri().Match(sam).Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(function.IaCDirectory, codeUri)), codeUri);
        var terraform = File.ReadAllText(Path.Combine(function.IaCDirectory, "main.tf"));
        Assert.Contains(codeUri, terraform, StringComparison.Ordinal);
        Assert.Contains(codeUri, File.ReadAllText(Path.Combine(function.IaCDirectory, "serverless.yml")), StringComparison.Ordinal);
    }

    private static string[] Files(FunctionProject function) =>
        [.. Directory.GetFiles(function.IaCDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [GeneratedRegex("unauthenticated HTTP routes")]
    private static partial Regex UnauthenticatedLine();

    [GeneratedRegex(@"CodeUri: ['""]?([^'""\s]+)")]
    private static partial Regex CodeUri();
}
