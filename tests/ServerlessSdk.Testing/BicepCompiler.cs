using System.Diagnostics;
using System.Reflection;

namespace ServerlessSdk.Testing;

/// <summary>
/// Microsoft's Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package (restored with this project, no install
/// step): <c>bicep build</c> compiles to ARM JSON and runs the linter; <c>bicep lint</c> runs the linter alone. Both
/// print <c>file(line,col) : Error|Warning CODE: message</c> lines, which <see cref="BicepResult.Findings"/> collects.
/// </summary>
public static class BicepCompiler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The executable, as the package's props name it.</summary>
    public static string Path { get; } = typeof(BicepCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepPath").Value?.Replace('\\', '/') ?? throw new InvalidOperationException("BicepPath is not set");

    /// <summary><c>bicep build --stdout</c>: the exit code, the errors and warnings, and the ARM JSON.</summary>
    public static BicepResult Build(string file) => Run(null, "build", "--stdout", file);

    /// <summary><c>bicep lint</c>: the exit code and the linter's findings.</summary>
    public static BicepResult Lint(string file) => Run(null, "lint", file);

    /// <summary>
    /// <see cref="Build"/> of every .bicep file under <paramref name="folder"/> in one CLI run (<c>--pattern</c>): the
    /// CLI takes seconds to start, a file milliseconds. By full path: the file's findings, its ARM JSON (written
    /// beside it; empty when it did not compile) and the run's exit code and standard error.
    /// </summary>
    public static IReadOnlyDictionary<string, BicepResult> BuildAll(string folder) =>
        PerFile(folder, Run(folder, "build", "--pattern", "**/*.bicep"), file => File.Exists(System.IO.Path.ChangeExtension(file, ".json")) ? File.ReadAllText(System.IO.Path.ChangeExtension(file, ".json")) : "");

    /// <summary><see cref="Lint"/> of every .bicep file under <paramref name="folder"/> in one CLI run, as <see cref="BuildAll"/>.</summary>
    public static IReadOnlyDictionary<string, BicepResult> LintAll(string folder) =>
        PerFile(folder, Run(folder, "lint", "--pattern", "**/*.bicep"), _ => "");

    // Every finding line starts with the full path of its file: "/dir/main.bicep(3,9) : Warning ...".
    private static Dictionary<string, BicepResult> PerFile(string folder, BicepResult run, Func<string, string> output) =>
        Directory.EnumerateFiles(System.IO.Path.GetFullPath(folder), "*.bicep", SearchOption.AllDirectories).ToDictionary(
            file => file,
            file => run with { Findings = [.. run.Findings.Where(f => f.StartsWith(file + "(", StringComparison.Ordinal))], Output = output(file) },
            StringComparer.Ordinal);

    private static BicepResult Run(string? workingDirectory, params string[] arguments)
    {
        EnsureExecutable();
        var start = new ProcessStartInfo(Path) { WorkingDirectory = workingDirectory ?? "" };
        // Offline: no telemetry, no registry look-ups for modules we never reference.
        start.Environment["BICEP_TELEMETRY_DISABLED"] = "true";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var result = ChildProcess.Run(start, Timeout).ShouldFinish();
        var findings = result.Stderr.Split('\n').Where(l => l.Contains(" : Error ", StringComparison.Ordinal) || l.Contains(" : Warning ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        return new BicepResult(result.ExitCode, findings, result.Stdout, result.Stderr);
    }

    // NuGet extracts without the executable bit. The package is the linux-x64 build, so this runs on Linux only.
    private static void EnsureExecutable()
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"the Bicep CLI is not at {Path}: restore tests/ServerlessSdk.Testing");
        }

        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(Path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(Path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}

/// <summary>What one Bicep CLI run reported.</summary>
/// <param name="ExitCode">0 when there was no error (after <see cref="BicepCompiler.BuildAll"/> or <see cref="BicepCompiler.LintAll"/>: in any of the files).</param>
/// <param name="Findings">Every <c>Error</c> and <c>Warning</c> line (the linter's included).</param>
/// <param name="Output">Standard output (the ARM JSON of <c>build --stdout</c>).</param>
/// <param name="Errors">Standard error, for the assertion message.</param>
public sealed record BicepResult(int ExitCode, IReadOnlyList<string> Findings, string Output, string Errors);
