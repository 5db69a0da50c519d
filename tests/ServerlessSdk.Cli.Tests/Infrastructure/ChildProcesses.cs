using System.Globalization;

namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>Processes by parent, from Linux's /proc: which function processes a tool started, and whether they still run.</summary>
internal static class ChildProcesses
{
    /// <summary>The ids of the running processes whose parent is <paramref name="parentId"/> and whose command line holds <paramref name="program"/>.</summary>
    public static IReadOnlyList<int> Of(int parentId, string program) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0 && Stat(id) is { } stat && stat.ParentId == parentId && stat.State != 'Z' && CommandLine(id).Contains(program, StringComparison.Ordinal))];

    /// <summary>True while the process exists and is not a zombie (exited, not yet reaped).</summary>
    public static bool IsRunning(int id) => Stat(id) is { State: not 'Z' };

    private static string CommandLine(int id)
    {
        try
        {
            return File.ReadAllText($"/proc/{id}/cmdline");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>State and parent from /proc/ID/stat: "pid (comm) S ppid ...", comm possibly holding spaces and parentheses.</summary>
    private static (char State, int ParentId)? Stat(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // gone
        }
    }
}
