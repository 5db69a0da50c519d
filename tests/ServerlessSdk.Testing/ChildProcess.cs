using System.Diagnostics;

namespace ServerlessSdk.Testing;

/// <summary>
/// The one way tests run a command to its end: stdout and stderr read together (a full pipe cannot stall it), stdin
/// closed (or given), and a time limit after which the whole process tree is killed, so a hung build fails its test
/// with what it printed instead of holding the run until CI's limit.
/// </summary>
public static class ChildProcess
{
    /// <summary>Runs <paramref name="start"/> (its output redirected here) to its end or <paramref name="timeout"/>.</summary>
    /// <exception cref="InvalidOperationException">The executable cannot be started (not installed).</exception>
    public static ProcessResult Run(ProcessStartInfo start, TimeSpan timeout, string? stdin = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        var command = string.Join(' ', [start.FileName, .. start.ArgumentList]);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot start {start.FileName}: {e.Message}", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
            }

            process.StandardInput.Close();
            var timedOut = !process.WaitForExit(timeout);
            if (timedOut)
            {
                process.Kill(entireProcessTree: true);
            }

            // After exit (or the kill), the pipes close once every child holding them is gone too.
            process.WaitForExit();
            return new ProcessResult(timedOut ? -1 : process.ExitCode, stdout.Result, stderr.Result, command, timedOut ? timeout : null);
        }
    }
}

/// <summary>What one command printed and how it ended; <see cref="TimedOut"/> is set when it was killed at its limit.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, string Command, TimeSpan? TimedOut)
{
    /// <summary>Stdout then stderr, then <see cref="Ending"/>.</summary>
    public string Output => Stdout + Stderr + Ending;

    /// <summary>A closing line when the command was killed at its limit, else empty.</summary>
    public string Ending => TimedOut is { } limit ? $"\n[killed: {Command} ran longer than {limit}]" : string.Empty;

    /// <summary>Throws <see cref="TimeoutException"/> when the command was killed at its limit.</summary>
    public ProcessResult ShouldFinish() =>
        TimedOut is { } limit ? throw new TimeoutException($"{Command} ran longer than {limit}:\n{Stdout}{Stderr}") : this;
}
