using System.Text.Json;
using System.Text.RegularExpressions;
using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

/// <summary>
/// The package in project shapes other than the one the other tests use: multi-targeting, artifacts output, a custom
/// OutputPath, a non-Release configuration. The IaC must always point at the zip publish really writes.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed partial class ProjectShapeTests(LocalFeed feed)
{
    private const string NoMeasure = "<ServerlessSkipMeasure>true</ServerlessSkipMeasure>";

    // The shapes move the zip, not what is in it: their publishes are FunctionProject.QuickPublish.

    internal const string ApiProgram = """
        using ServerlessSdk.Functions;
        using ServerlessSdk.Runtime.Events;

        return await ServerlessFunctions.RunAsync();

        public static class Api
        {
            [HttpApi(LambdaHttpMethod.Get, "/hello/{name}")]
            public static HttpApiResponse Hello(string name) => HttpApiResponse.Text(200, $"hello {name}");
        }
        """;

    [Fact]
    public void A_TargetFrameworks_project_builds_and_writes_its_iac_and_report()
    {
        using var function = new FunctionProject(feed, "Multi", program: ApiProgram, multiTargeting: true);

        function.Build().ShouldSucceed();

        Assert.True(File.Exists(Path.Combine(function.IaCDirectory, "template.yaml")));
        Assert.True(File.Exists(Path.Combine(function.BuildOutputDirectory, "serverless-report.json")));
    }

    [Fact]
    public void A_TargetFrameworks_project_without_iac_builds()
    {
        using var function = new FunctionProject(feed, "MultiNoIaC", "<ServerlessIaC>false</ServerlessIaC>", ApiProgram, multiTargeting: true);

        function.Build().ShouldSucceed();

        Assert.True(File.Exists(Path.Combine(function.BuildOutputDirectory, "serverless-report.json")));
    }

    [Fact]
    public void A_TargetFrameworks_project_publishes_one_framework_to_the_zip_its_iac_names()
    {
        using var function = new FunctionProject(feed, "MultiPublish", NoMeasure + FunctionProject.QuickPublish, ApiProgram, multiTargeting: true);

        function.Publish("-f", "net10.0").ShouldSucceed();

        Assert.True(File.Exists(function.ZipPath()));
        Assert.Equal(function.ZipPath(), CodeLocation(function));
    }

    [Fact]
    public void With_artifacts_output_the_iac_names_the_zip_publish_writes()
    {
        using var function = new FunctionProject(
            feed, "Collected", NoMeasure + FunctionProject.QuickPublish, ApiProgram,
            directoryBuildProps: "<Project><PropertyGroup><UseArtifactsOutput>true</UseArtifactsOutput></PropertyGroup></Project>");

        var zip = Zip(function.Publish().ShouldSucceed());

        Assert.StartsWith(Path.Combine(function.Root, "artifacts") + Path.DirectorySeparatorChar, zip, StringComparison.Ordinal);
        Assert.True(File.Exists(zip));
        Assert.Equal(zip, CodeLocation(function));
    }

    [Fact]
    public void With_a_custom_OutputPath_and_configuration_the_iac_names_the_zip_publish_writes()
    {
        using var function = new FunctionProject(feed, "Relocated", NoMeasure + FunctionProject.QuickPublish + "<OutputPath>out/$(Configuration)/</OutputPath>", ApiProgram);

        var zip = Zip(Dotnet.Run(function.ProjectDirectory, "publish", "-c", "Debug", "-r", "linux-x64").ShouldSucceed());

        Assert.StartsWith(Path.Combine(function.ProjectDirectory, "out", "Debug") + Path.DirectorySeparatorChar, zip, StringComparison.Ordinal);
        Assert.True(File.Exists(zip));
        Assert.Equal(zip, CodeLocation(function));
    }

    [Fact]
    public void A_debug_build_points_its_iac_at_the_release_publish_zip()
    {
        using var function = new FunctionProject(feed, "DebugBuild", NoMeasure + "<OutputPath>out/$(Configuration)/</OutputPath>", ApiProgram);

        Dotnet.Run(function.ProjectDirectory, "build", "-c", "Debug").ShouldSucceed();

        var expected = Property(function, "_ServerlessPackagePath", "-p:Configuration=Release", "-p:RuntimeIdentifier=linux-x64");
        Assert.Equal(Path.Combine(function.ProjectDirectory, "out", "Release", "net10.0", "linux-x64", "DebugBuild-x86_64.zip"), expected);
        Assert.Equal(expected, CodeLocation(function));
    }

    [Fact]
    public void Targets_leave_the_public_properties_as_the_user_set_them()
    {
        using var function = new FunctionProject(feed, "Untouched", "<ServerlessStartupEvent>events/hello.json</ServerlessStartupEvent>", ApiProgram);
        Directory.CreateDirectory(Path.Combine(function.ProjectDirectory, "events"));
        File.WriteAllText(Path.Combine(function.ProjectDirectory, "events", "hello.json"), "{}");

        // The targets that derive values, run after a build (which validates, emits IaC, measures) for linux-x64.
        var properties = new[] { "ServerlessStartupEvent", "ServerlessArchitecture", "ServerlessPackagePath", "ServerlessPackageOutputPath", "ServerlessIaCFormats", "ServerlessIaCOutputPath" };
        var result = Dotnet.Run(function.ProjectDirectory, [
            "msbuild", "-restore", "-p:Configuration=Release", "-p:RuntimeIdentifier=linux-x64", "-t:Build;_ServerlessResolvePackage",
            .. properties.Select(p => $"-getProperty:{p}")]).ShouldSucceed();

        // The JSON document, without the lines MSBuild may print after it.
        var json = result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..(result.Output.IndexOf("\n}", StringComparison.Ordinal) + 2)];
        var values = JsonDocument.Parse(json).RootElement.GetProperty("Properties");
        Assert.Equal("events/hello.json", values.GetProperty("ServerlessStartupEvent").GetString());
        Assert.All(properties.Skip(1), p => Assert.Equal("", values.GetProperty(p).GetString()));
    }

    /// <summary>The x86_64 code location in the emitted SAM template, as a full path.</summary>
    private static string CodeLocation(FunctionProject function)
    {
        var sam = File.ReadAllText(Path.Combine(function.IaCDirectory, "template.yaml"));
        return Path.GetFullPath(Path.Combine(function.IaCDirectory, CodeUri().Match(sam).Groups[1].Value));
    }

    /// <summary>The zip the packaging target printed (<c>  Name -> path.zip</c>).</summary>
    private static string Zip(DotnetResult publish) => PackagedZip().Match(publish.Output).Groups[1].Value;

    private static string Property(FunctionProject function, string name, params string[] arguments) =>
        Dotnet.Run(function.ProjectDirectory, ["msbuild", $"-getProperty:{name}", .. arguments]).ShouldSucceed().Output.Trim();

    [GeneratedRegex(@"CodeUri: ['""]?([^'""\s]+)")]
    private static partial Regex CodeUri();

    [GeneratedRegex(@"-> (\S+\.zip)\s*$", RegexOptions.Multiline)]
    private static partial Regex PackagedZip();
}
