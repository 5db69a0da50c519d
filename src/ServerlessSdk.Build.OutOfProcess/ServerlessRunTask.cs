using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using ServerlessSdk.Build.Hosting;
using DiagnosticCodes = ServerlessSdk.Functions.Generator.DiagnosticCodes;

namespace ServerlessSdk.Build.OutOfProcess;

/// <summary>
/// Runs one of ServerlessSdk.Build's tasks in a <c>dotnet</c> process (the task host, <c>tasks/net10.0/ServerlessSdk.Build.dll</c>)
/// and logs what it reports as if it had run here: the same parameters as the in-process <c>ServerlessRunTask</c>, the
/// same errors and warnings with their codes and files, the same messages at their importance, success only when
/// the task succeeded. Cancelling the build ends the task: its standard input is closed, then the process killed.
/// </summary>
public sealed class ServerlessRunTask : Microsoft.Build.Utilities.Task, ICancelableTask
{
    // A cancelled probe gets this long to stop its function before the host is killed.
    private const int CancelGraceMilliseconds = 5000;

    private const int KeptErrorLines = 20;

    private readonly object _lock = new();
    private Process? _host;
    private bool _cancelled;

    /// <summary>The task's class name, e.g. <c>ServerlessMeasure</c>.</summary>
    [Required]
    public string TaskName { get; set; } = string.Empty;

    /// <summary>The task's parameters: item spec the name, metadata <c>Value</c> the value.</summary>
    public ITaskItem[] Arguments { get; set; } = [];

    /// <inheritdoc/>
    public void Cancel()
    {
        lock (_lock)
        {
            _cancelled = true;
            if (_host is null)
            {
                return;
            }

            try
            {
                _host.StandardInput.Close();
                if (!_host.WaitForExit(CancelGraceMilliseconds))
                {
                    _host.Kill();
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or Win32Exception or IOException)
            {
                // It exited meanwhile.
            }
        }
    }

    /// <inheritdoc/>
    public override bool Execute()
    {
        var taskHost = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(ServerlessRunTask).Assembly.Location)!, "..", "net10.0", "ServerlessSdk.Build.dll"));
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        dotnet = string.IsNullOrEmpty(dotnet) ? "dotnet" : dotnet;
        var argumentsFile = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(argumentsFile, HostProtocol.Arguments(Arguments).Select(a => HostProtocol.FormatArgument(a.Key, a.Value)), new UTF8Encoding(false));
            return Run(dotnet, taskHost, argumentsFile);
        }
        finally
        {
            File.Delete(argumentsFile);
        }
    }

    private bool Run(string dotnet, string taskHost, string argumentsFile)
    {
        var start = new ProcessStartInfo(dotnet, $"\"{taskHost}\" {TaskName} \"{argumentsFile}\" --cancel-on-eof")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        var errorOutput = new Queue<string>();
        Process host;
        try
        {
            lock (_lock)
            {
                if (_cancelled)
                {
                    return false;
                }

                host = Process.Start(start)!;
                _host = host;
            }
        }
        catch (Win32Exception ex)
        {
            return HostFailed($"cannot start '{dotnet}' ({ex.Message}); install the .NET 10 SDK, or set DOTNET_HOST_PATH to its dotnet");
        }

        using (host)
        {
            host.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                Log.LogMessage(MessageImportance.Low, e.Data);
                lock (errorOutput)
                {
                    errorOutput.Enqueue(e.Data);
                    if (errorOutput.Count > KeptErrorLines)
                    {
                        errorOutput.Dequeue();
                    }
                }
            };
            host.BeginErrorReadLine();
            string? line;
            while ((line = host.StandardOutput.ReadLine()) is not null)
            {
                LogLine(line);
            }

            host.WaitForExit();
            lock (_lock)
            {
                _host = null;
            }

            if (host.ExitCode == HostProtocol.Succeeded)
            {
                return !Log.HasLoggedErrors;
            }

            if (Log.HasLoggedErrors || _cancelled)
            {
                return false;
            }

            lock (errorOutput)
            {
                return HostFailed($"'{dotnet} {taskHost}' exited with code {host.ExitCode} without reporting an error: {string.Join(" | ", errorOutput)}");
            }
        }
    }

    private void LogLine(string line)
    {
        if (TryMessage(line, HostProtocol.HighPrefix, MessageImportance.High)
            || TryMessage(line, HostProtocol.NormalPrefix, MessageImportance.Normal)
            || TryMessage(line, HostProtocol.LowPrefix, MessageImportance.Low))
        {
            return;
        }

        // MSBuild's own reader of canonical errors and warnings (the one Exec uses); anything else is a low message.
        Log.LogMessageFromText(line, MessageImportance.Low);
    }

    private bool TryMessage(string line, string prefix, MessageImportance importance)
    {
        if (!line.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        Log.LogMessage(importance, line.Substring(prefix.Length));
        return true;
    }

    private bool HostFailed(string problem)
    {
        Log.LogError(null, DiagnosticCodes.TaskHostFailed, null, string.Empty, 0, 0, 0, 0, $"{TaskName} could not run out of process: {problem}.");
        return false;
    }
}
