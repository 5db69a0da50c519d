using System.IO.Compression;
using System.Text.Json;

namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// The samples are user projects: built from the packed packages, <c>dotnet build</c> measures them and writes
/// their reports and infra/, and <c>dotnet publish -r linux-x64|linux-arm64</c> writes the checked Lambda zip.
/// </summary>
[Collection(PublishedFunctionsCollection.Name)]
public sealed class SampleBuildTests(PublishedFunctions functions)
{
    /// <summary>Each sample and the golden folder its infra/ must equal (the Tooling tests validate the same folders).</summary>
    public static TheoryData<string, string> Samples() => new()
    {
        { "HelloApi", "sample-hello-api" },
        { "OrderPipeline", "sample-order-pipeline" },
    };

    private DotnetResult BuildOf(string sample) => sample == "HelloApi" ? functions.HelloApiBuild : functions.OrderPipelineBuild;

    [Theory]
    [InlineData("HelloApi")]
    [InlineData("OrderPipeline")]
    public void Building_a_sample_writes_its_measurement_report(string sample)
    {
        BuildOf(sample).ShouldSucceed();

        var reports = Path.Combine(functions.Samples.ProjectDirectory(sample), "bin", "Release", "net10.0");

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "serverless-report.json")));
        Assert.Equal(sample, report.RootElement.GetProperty("functionName").GetString());
        Assert.True(File.Exists(Path.Combine(reports, "serverless-report.md")));
        Assert.True(File.Exists(Path.Combine(reports, "serverless-report.html")));
    }

    /// <summary>
    /// The sample's infra/ byte for byte, through <see cref="GoldenFiles"/>: after an intended change
    /// <c>SERVERLESS_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~SampleBuildTests</c> rewrites it; review the diff.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Building_a_sample_writes_the_infrastructure_of_its_golden_files(string sample, string golden)
    {
        BuildOf(sample).ShouldSucceed();
        var written = functions.BuiltInfrastructure[sample];

        Assert.Equal(["main.tf", "outputs.tf", "serverless.yml", "template.yaml", "variables.tf"], written.Keys.Order(StringComparer.Ordinal));
        GoldenFiles.AssertMatch(
            Path.Combine(Repository.Root, "tests", "ServerlessSdk.Tooling.Tests", "IaC", "Golden", golden),
            written,
            $"FullyQualifiedName~{nameof(SampleBuildTests)}");
    }

    [Fact]
    public void Publishing_HelloApi_for_linux_x64_writes_the_zip_and_measures_the_native_bootstrap()
    {
        var zip = functions.HelloApi.Zip!;

        AssertLambdaZip(zip);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(zip)!, "serverless-report.json")));
        Assert.Equal("publish", report.RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public void Publishing_OrderPipeline_for_linux_x64_writes_the_zip()
    {
        AssertLambdaZip(functions.OrderPipeline.Zip!);
    }

    [Fact]
    public void Publishing_OrderPipeline_measures_each_of_its_three_functions()
    {
        var report = Path.Combine(Path.GetDirectoryName(functions.OrderPipeline.Zip!)!, "serverless-report.json");

        AssertThreeFunctionsMeasured(report, "publish");
    }

    [Fact]
    public void Building_OrderPipeline_measures_each_of_its_three_functions()
    {
        functions.OrderPipelineBuild.ShouldSucceed();

        var report = Path.Combine(functions.Samples.ProjectDirectory("OrderPipeline"), "bin", "Release", "net10.0", "serverless-report.json");

        AssertThreeFunctionsMeasured(report, "build");
    }

    private static void AssertThreeFunctionsMeasured(string reportFile, string kind)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(reportFile));
        var root = report.RootElement;
        Assert.Equal(kind, root.GetProperty("kind").GetString());
        var measured = root.GetProperty("functions").EnumerateArray()
            .Where(f => f.GetProperty("startup").ValueKind == JsonValueKind.Object)
            .Select(f => (Name: f.GetProperty("name").GetString(), Trigger: f.GetProperty("triggerType").GetString()));
        // The manifest's order: functions sorted by name.
        Assert.Equal([("NightlyReport", "schedule"), ("OnOrderPlaced", "eventbridge"), ("ProcessOrders", "sqs")], measured);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("startup").ValueKind);
        Assert.DoesNotContain(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "SLS2003");
    }

    [Fact]
    public void Publishing_HelloApi_for_linux_arm64_writes_the_arm64_zip()
    {
        var zip = functions.HelloApiArm64.Require().Zip!;

        AssertLambdaZip(zip);
        Assert.EndsWith("HelloApi-arm64.zip", zip, StringComparison.Ordinal);
    }

    private static void AssertLambdaZip(string zip)
    {
        Assert.True(File.Exists(zip), $"{zip} was not written");
        using var archive = ZipFile.OpenRead(zip);
        var bootstrap = Assert.Single(archive.Entries, e => e.FullName == "bootstrap");
        // Lambda runs the bootstrap: it must be executable (mode 0755 in the entry's Unix attributes).
        Assert.Equal(0b111_101_101, (bootstrap.ExternalAttributes >> 16) & 0b111_111_111);
    }
}
