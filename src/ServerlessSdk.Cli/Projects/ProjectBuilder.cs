using System.Diagnostics;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Projects;

/// <summary>
/// Builds (JIT) or publishes (Native AOT) a project with the real <c>dotnet</c> CLI as a child process: exactly
/// what the user would run, incremental, with the SDK's own error output when it fails.
/// </summary>
internal sealed class ProjectBuilder(Terminal terminal)
{
    /// <summary>The RID <c>--aot</c> publishes for: the machine the emulator runs the bootstrap on.</summary>
    public const string AotRuntimeIdentifier = "linux-x64";

    public Task BuildAsync(EvaluatedProject project, CancellationToken cancellationToken) =>
        RunAsync(project, $"Building {project.Name}", ["build", project.ProjectPath, "-c", project.Configuration, "-nologo"], cancellationToken);

    public Task PublishAotAsync(EvaluatedProject project, CancellationToken cancellationToken) =>
        RunAsync(project, $"Publishing {project.Name} with Native AOT ({AotRuntimeIdentifier})",
            ["publish", project.ProjectPath, "-c", project.Configuration, "-r", AotRuntimeIdentifier, "-p:PublishAot=true", "-nologo"], cancellationToken);

    /// <summary>The <c>dotnet</c> muxer running the tool, else the one the SDK names, else the one on PATH.</summary>
    public static string DotnetPath =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self
        : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : "dotnet";

    private async Task RunAsync(EvaluatedProject project, string description, string[] arguments, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var (exitCode, output) = await terminal.ProgressAsync(description, () => RunDotnetAsync(project.ProjectDirectory, arguments, cancellationToken)).ConfigureAwait(false);
        if (exitCode != 0)
        {
            // The SDK's own error lines say what is wrong; everything else is noise here.
            var errors = output.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(20).ToList();
            foreach (var line in errors.Count > 0 ? errors : output.TakeLast(20))
            {
                terminal.ErrorLine(line);
            }

            throw ToolException.Error(DiagnosticCodes.BuildFailed, $"dotnet {arguments[0]} failed with exit code {exitCode}; fix the errors above and run the command again.", project.ProjectPath);
        }

        terminal.ErrorLine($"{description}: done in {stopwatch.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<(int ExitCode, List<string> Output)> RunDotnetAsync(string workingDirectory, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(DotnetPath)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var variable in MsBuildHost.LocatorVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        var lines = new List<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Add(e.Data);
        process.ErrorDataReceived += (_, e) => Add(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        lock (lines)
        {
            return (process.ExitCode, [.. lines]);
        }

        void Add(string? line)
        {
            if (line is not null)
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            }
        }
    }
}
