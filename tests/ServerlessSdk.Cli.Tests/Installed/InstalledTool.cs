using System.Diagnostics;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Installed;

/// <summary>
/// The tool as a user gets it, once per test run: the template tests' <see cref="TemplatePack"/> (the SDK packages
/// and the template pack in a folder feed, the templates in a private hive, an isolated work folder), plus the tool
/// packed into the same feed and installed from its nupkg into a private <c>--tool-path</c>, and one
/// <c>dotnet new serverless-api</c> project every test of the collection runs the installed tool against.
/// </summary>
public sealed class InstalledTool : IDisposable
{
    public const string ProjectName = "ToolApi";

    private readonly TemplatePack _pack = new();

    public InstalledTool()
    {
        var tools = Directory.CreateDirectory(Path.Combine(_pack.WorkFolder, "..", "tools")).FullName;
        // build/test.sh's shared feed has the tool already; else --no-build packs the tool this test assembly built
        // (and the in-repo tests run), rewriting none of its files.
        if (!File.Exists(_pack.PackagePath("src/ServerlessSdk.Cli")))
        {
            Dotnet.Run(Repository.Root, "pack", "src/ServerlessSdk.Cli", "-c", Tool.Configuration, "--no-build", "-o", _pack.Feed, $"-p:Version={_pack.Version}").ShouldSucceed();
        }

        Dotnet.Run(_pack.WorkFolder, "tool", "install", "ServerlessSdk.Cli", "--tool-path", tools, "--add-source", _pack.Feed, "--version", _pack.Version).ShouldSucceed();
        Executable = Path.Combine(tools, "dotnet-serverless");
        Project = _pack.Create("serverless-api", ProjectName);
        // invoke --aot publishes through the tool, out of the test's reach for -p: arguments.
        LoadTolerantBudgets.WriteDirectoryTargets(Project.Root);
    }

    /// <summary>The installed <c>dotnet-serverless</c>.</summary>
    public string Executable { get; }

    /// <summary>The scaffolded solution: <c>src/ToolApi</c> and <c>tests/ToolApi.Tests</c> below <see cref="GeneratedProject.Root"/>.</summary>
    internal GeneratedProject Project { get; }

    /// <summary>The installed tool's command line in <paramref name="workingDirectory"/> (default: the solution root).</summary>
    public ProcessStartInfo StartInfo(string[] arguments, string? workingDirectory = null) =>
        Tool.StartInfo(Executable, arguments, workingDirectory ?? Project.Root);

    /// <summary>Runs the installed tool to its end; builds and Native AOT publishes on a shared machine get 10 minutes.</summary>
    internal CliResult Run(params string[] arguments) => Tool.Run(StartInfo(arguments), stdin: null, TimeSpan.FromMinutes(10));

    public void Dispose() => _pack.Dispose();
}

[CollectionDefinition(Name)]
public sealed class InstalledToolCollection : ICollectionFixture<InstalledTool>
{
    public const string Name = "installed tool";
}
