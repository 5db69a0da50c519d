using System.Collections;
using Microsoft.Build.Framework;

namespace ServerlessSdk.Build.Hosting;

/// <summary>
/// The build engine of a task run out of process: every event becomes one line of <see cref="HostProtocol"/> on
/// <paramref name="output"/>, so the launcher logs it back into MSBuild with its code, file and importance.
/// </summary>
internal sealed class ConsoleBuildEngine(TextWriter output) : IBuildEngine
{
    private readonly Lock _lock = new();

    /// <summary>An error was logged.</summary>
    public bool HasLoggedErrors { get; private set; }

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => string.Empty;

    public void LogErrorEvent(BuildErrorEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        HasLoggedErrors = true;
        Write(Canonical(e.File, "error", e.Code, e.Message));
    }

    public void LogWarningEvent(BuildWarningEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Write(Canonical(e.File, "warning", e.Code, e.Message));
    }

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var prefix = e.Importance switch
        {
            MessageImportance.High => HostProtocol.HighPrefix,
            MessageImportance.Normal => HostProtocol.NormalPrefix,
            _ => HostProtocol.LowPrefix,
        };
        Write(string.Join('\n', (e.Message ?? string.Empty).Split('\n').Select(line => prefix + line.TrimEnd('\r'))));
    }

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
        ArgumentNullException.ThrowIfNull(e);
        Write(HostProtocol.LowPrefix + e.Message);
    }

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException("ServerlessSdk.Build's tasks build no other project.");

    // MSBuild's canonical form, the one its Exec task and TaskLoggingHelper.LogMessageFromText read; one line each.
    private static string Canonical(string? file, string category, string? code, string? message)
    {
        var origin = string.IsNullOrEmpty(file) ? string.Empty : file + " : ";
        return $"{origin}{category} {code}: {(message ?? string.Empty).ReplaceLineEndings(" ")}";
    }

    private void Write(string lines)
    {
        lock (_lock)
        {
            output.WriteLine(lines);
            output.Flush();
        }
    }
}
