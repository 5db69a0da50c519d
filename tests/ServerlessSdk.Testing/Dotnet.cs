using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace ServerlessSdk.Testing;

/// <summary>Runs the real dotnet CLI and captures what it printed.</summary>
public static partial class Dotnet
{
    public static DotnetResult Run(string workingDirectory, params string[] arguments) =>
        Run(workingDirectory, new Dictionary<string, string>(), arguments);

    public static DotnetResult Run(string workingDirectory, IDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // A test's build must not share a build server with the test host's own build.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment.Remove("GITHUB_STEP_SUMMARY");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new DotnetResult(process.ExitCode, output + error.Result, $"dotnet {string.Join(' ', arguments)}");
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
