using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>The packed tool installs with `dotnet tool install` and runs as dotnet-serverless.</summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-tool-").FullName;

    [Fact]
    public void The_packed_tool_installs_and_runs()
    {
        var feed = Path.Combine(_root, "feed");
        var tools = Path.Combine(_root, "tools");
        // A version no earlier run used, so NuGet's cache cannot hand back an older package.
        var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        // --no-build packs the tool the other tests run, and rewrites none of the files they are running.
        Run(Repository.Root, "pack", "src/ServerlessSdk.Cli", "-c", Tool.Configuration, "--no-build", "-o", feed, $"-p:Version={version}");
        Run(_root, "tool", "install", "--tool-path", tools, "--add-source", feed, "ServerlessSdk.Cli", "--version", version);

        var (exitCode, output) = Execute(Path.Combine(tools, "dotnet-serverless"), _root, "events", "sqs");

        Assert.True(exitCode == 0, output);
        Assert.Contains("\"Records\"", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Run(string workingDirectory, params string[] arguments)
    {
        var (exitCode, output) = Execute("dotnet", workingDirectory, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} failed:\n{output}");
    }

    private static (int ExitCode, string Output) Execute(string fileName, string workingDirectory, params string[] arguments)
    {
        var result = Tool.Run(Tool.StartInfo(fileName, arguments, workingDirectory), stdin: null);
        return (result.ExitCode, result.Output + result.Error);
    }
}
