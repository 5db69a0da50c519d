using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>Runs the tool as users do, <c>dotnet ServerlessSdk.Cli.dll ...</c>, from its own build output.</summary>
internal static partial class Tool
{
    public static readonly string Configuration =
        typeof(Tool).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string DllPath { get; } = Path.Combine(Repository.Root, "src", "ServerlessSdk.Cli", "bin", Configuration, "net10.0", "ServerlessSdk.Cli.dll");

    public static CliResult Run(string workingDirectory, params string[] arguments) => RunWithInput(workingDirectory, stdin: null, arguments);

    public static CliResult RunWithInput(string workingDirectory, string? stdin, params string[] arguments) =>
        Run(StartInfo(workingDirectory, arguments), stdin);

    public static CliResult RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = StartInfo(workingDirectory, arguments);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Run(start, stdin: null);
    }

    /// <summary>Runs <paramref name="start"/> (the built tool's, or the installed one's) to its end, by default at most 3 minutes.</summary>
    public static CliResult Run(ProcessStartInfo start, string? stdin, TimeSpan? timeout = null)
    {
        var result = ChildProcess.Run(start, timeout ?? TimeSpan.FromMinutes(3), stdin);
        return new CliResult(result.ExitCode, result.Stdout, result.Stderr + result.Ending, string.Join(' ', start.ArgumentList));
    }

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] arguments) =>
        StartInfo("dotnet", [DllPath, .. arguments], workingDirectory);

    /// <summary>A command line of <paramref name="executable"/> (dotnet, or an installed dotnet-serverless), isolated as <see cref="Isolate"/> says.</summary>
    public static ProcessStartInfo StartInfo(string executable, string[] arguments, string workingDirectory)
    {
        // Redirected for the callers that start it themselves (a running start-api); ChildProcess sets the same.
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start);
        return start;
    }

    /// <summary>No colours, and builds that leave no server behind to race the test host's own build.</summary>
    public static void Isolate(ProcessStartInfo start)
    {
        Dotnet.Isolate(start);
        start.Environment["NO_COLOR"] = "1";
        // The Azure app's local storage (its queue trigger): the repository's Azurite unless the run names one.
        if (!start.Environment.TryGetValue(Tooling.Local.Azurite.ExecutableVariable, out var azurite) || string.IsNullOrEmpty(azurite))
        {
            start.Environment[Tooling.Local.Azurite.ExecutableVariable] = ServerlessSdk.Testing.Azurite.Folder;
        }

        foreach (var variable in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath" })
        {
            start.Environment.Remove(variable);
        }
    }

    [GeneratedRegex(@"\b(error|warning) (SLS\d{4})\b")]
    internal static partial Regex DiagnosticPattern();
}

/// <summary>Exit code, stdout and stderr of one run, with the SLS codes it reported.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error, string Command)
{
    public IReadOnlySet<string> Codes =>
        Tool.DiagnosticPattern().Matches(Error).Select(m => m.Groups[2].Value).ToHashSet();

    public CliResult ShouldExitWith(int code)
    {
        Assert.True(ExitCode == code, $"`{Command}` exited {ExitCode}, expected {code}.\nstdout:\n{Output}\nstderr:\n{Error}");
        return this;
    }
}
