using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace ServerlessSdk.Testing;

/// <summary>Runs the real dotnet CLI and captures what it printed.</summary>
public static partial class Dotnet
{
    public static DotnetResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>How long one command may run: an AOT publish on a loaded 2-core machine takes minutes, a hung one forever.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    public static DotnetResult Run(string workingDirectory, IDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var result = ChildProcess.Run(start, Timeout);
        return new DotnetResult(result.ExitCode, result.Output, $"dotnet {string.Join(' ', arguments)}");
    }

    /// <summary>
    /// A dotnet command as a test runs it: no telemetry or banner, and no build server or reused node left behind to
    /// share state with the test host's own build; no CI summary file written by the SDK or the tool.
    /// </summary>
    public static void Isolate(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
    }

    [GeneratedRegex(@"\b(error|warning) (SLS\d{4})\b")]
    internal static partial Regex DiagnosticPattern();
}

/// <summary>The exit code and output of one dotnet command, with the SLS codes it reported.</summary>
public sealed record DotnetResult(int ExitCode, string Output, string Command)
{
    public IReadOnlySet<string> Errors => Codes("error");

    public IReadOnlySet<string> Warnings => Codes("warning");

    public DotnetResult ShouldSucceed()
    {
        Assert.True(ExitCode == 0, $"{Command} failed ({ExitCode}):\n{Output}");
        return this;
    }

    public DotnetResult ShouldFail()
    {
        Assert.True(ExitCode != 0, $"{Command} was expected to fail:\n{Output}");
        return this;
    }

    private HashSet<string> Codes(string severity) =>
        Dotnet.DiagnosticPattern().Matches(Output).Where(m => m.Groups[1].Value == severity).Select(m => m.Groups[2].Value).ToHashSet();
}
