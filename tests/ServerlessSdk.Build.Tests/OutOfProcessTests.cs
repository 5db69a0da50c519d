using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

/// <summary>
/// The out-of-process path (.NET Framework MSBuild's, forced here on .NET with ServerlessTaskHost=OutOfProcess): the
/// same tasks in a `dotnet` process, with the same artifacts, codes and incrementality as in the MSBuild node.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class OutOfProcessTests(LocalFeed feed)
{
    private const string OutOfProcess = "-p:ServerlessTaskHost=OutOfProcess";
    private const string TasksFolder = "tasks/net10.0/";

    [Fact]
    public void The_package_ships_the_task_host_with_every_assembly_it_references()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath("src/ServerlessSdk.Build"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        var shipped = entries.Where(e => e.StartsWith(TasksFolder, StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal) && !e[TasksFolder.Length..].Contains('/'))
            .ToDictionary(e => Path.GetFileNameWithoutExtension(e), StringComparer.OrdinalIgnoreCase);

        Assert.Contains(TasksFolder + "ServerlessSdk.Build.runtimeconfig.json", entries);
        Assert.Contains(TasksFolder + "ServerlessSdk.Build.deps.json", entries);
        Assert.Contains("tasks/netstandard2.0/ServerlessSdk.Build.OutOfProcess.dll", entries);
        var framework = RuntimeEnvironment.GetRuntimeDirectory();
        var missing = new List<string>();
        foreach (var (name, entry) in shipped)
        {
            foreach (var reference in References(package.GetEntry(entry)!))
            {
                if (!shipped.ContainsKey(reference) && !File.Exists(Path.Combine(framework, reference + ".dll")))
                {
                    missing.Add($"{name} -> {reference}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Out_of_process_build_and_publish_write_what_in_process_writes_and_stay_incremental()
    {
        using var function = new FunctionProject(feed, "Hosted", program: IaCEmissionTests.DeclaredProgram);
        function.Build().ShouldSucceed();
        var inProcess = Artifacts(function);
        function.Clean();
        Directory.Delete(function.IaCDirectory, recursive: true);

        var build = function.Build(OutOfProcess).ShouldSucceed();

        Assert.Equal(inProcess, Artifacts(function));
        Assert.Contains("Hosted (JIT estimate): ", build.Output, StringComparison.Ordinal);
        var again = function.Build(OutOfProcess).ShouldSucceed();
        Assert.DoesNotContain("Hosted (JIT estimate): ", again.Output, StringComparison.Ordinal);

        function.Publish(OutOfProcess).ShouldSucceed();

        using var zip = ZipFile.OpenRead(function.ZipPath());
        Assert.Contains("bootstrap", zip.Entries.Select(e => e.FullName));
        Assert.True(File.Exists(Path.Combine(function.OutputDirectory(), "serverless-report.json")));
    }

    [Theory]
    [InlineData("-p:ServerlessColdStartBudget=1", "-p:ServerlessBudgetSeverity=error")]
    [InlineData("-p:ServerlessMemorySize=1", "-p:ServerlessAlarms=maybe")]
    public void A_failing_build_reports_the_same_codes_out_of_process(string first, string second)
    {
        using var function = new FunctionProject(feed, "HostedFails");
        var inProcess = function.Build(first, second).ShouldFail();
        function.Clean();

        var outOfProcess = function.Build(first, second, OutOfProcess).ShouldFail();

        Assert.NotEmpty(inProcess.Errors);
        Assert.Equal(inProcess.Errors.Order(), outOfProcess.Errors.Order());
        Assert.Equal(inProcess.Warnings.Order(), outOfProcess.Warnings.Order());
    }

    [Fact]
    public void An_unknown_task_host_is_a_coded_error()
    {
        using var function = new FunctionProject(feed, "HostedUnknown");

        var result = function.Build("-p:ServerlessTaskHost=external").ShouldFail();

        Assert.Contains("SLS2062", result.Errors);
    }

    /// <summary>The generated files and reports a build leaves, by path, with the IaC files' content (reports hold timings).</summary>
    private static SortedDictionary<string, string> Artifacts(FunctionProject function)
    {
        var artifacts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(function.IaCDirectory))
        {
            artifacts["infra/" + Path.GetFileName(file)] = File.ReadAllText(file);
        }

        foreach (var report in Directory.GetFiles(function.BuildOutputDirectory, "serverless-report.*"))
        {
            artifacts["bin/" + Path.GetFileName(report)] = "(report)";
        }

        return artifacts;
    }

    private static List<string> References(ZipArchiveEntry assembly)
    {
        using var stream = new MemoryStream();
        using (var entry = assembly.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return [.. metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name))];
    }
}
