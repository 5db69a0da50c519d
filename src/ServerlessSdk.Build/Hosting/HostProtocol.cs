// Linked into ServerlessSdk.Build.OutOfProcess (netstandard2.0, no implicit usings): plain C#, BCL and MSBuild only.
#if NETSTANDARD2_0
using System.Collections.Generic;
#endif
using System.Text;
using Microsoft.Build.Framework;

namespace ServerlessSdk.Build.Hosting;

/// <summary>
/// The contract between the out-of-process launcher (netstandard2.0, loads in any MSBuild) and the task host
/// (ServerlessSdk.Build.dll run by <c>dotnet</c>). Linked into both, so the two ends cannot drift.
/// <para>
/// Arguments travel in a file, one <c>Name=value</c> line each (the task parameters by name, as the targets' argument
/// items have them); values are escaped so a newline or backslash survives. The host answers on standard output,
/// one event a line: errors and warnings in MSBuild's canonical form (<c>file : error SLS3010: text</c>, readable in a
/// terminal and parsed by MSBuild's own canonical-error reader), messages behind an importance prefix.
/// </para>
/// </summary>
internal static class HostProtocol
{
    /// <summary>A high-importance message (shown at minimal verbosity, like the tasks' summary lines).</summary>
    public const string HighPrefix = "high: ";

    /// <summary>A normal-importance message.</summary>
    public const string NormalPrefix = "normal: ";

    /// <summary>A low-importance message (detailed logs only); also what any unprefixed line that is no diagnostic is.</summary>
    public const string LowPrefix = "low: ";

    /// <summary>Exit code: the task ran and succeeded.</summary>
    public const int Succeeded = 0;

    /// <summary>Exit code: the task ran and failed; its errors were printed.</summary>
    public const int TaskFailed = 1;

    /// <summary>The argument items' metadata that holds the value (the item spec is the parameter's name).</summary>
    public const string ValueMetadata = "Value";

    /// <summary>The task parameters the targets' argument items carry: name and value, in order.</summary>
    public static List<KeyValuePair<string, string>> Arguments(IEnumerable<ITaskItem> items)
    {
        var arguments = new List<KeyValuePair<string, string>>();
        foreach (var item in items)
        {
            arguments.Add(new KeyValuePair<string, string>(item.ItemSpec, item.GetMetadata(ValueMetadata)));
        }

        return arguments;
    }

    /// <summary>One argument line.</summary>
    public static string FormatArgument(string name, string value) => name + "=" + Escape(value);

    /// <summary>The arguments of an arguments file's lines, in order (a name may repeat; lines without <c>=</c> are skipped).</summary>
    public static List<KeyValuePair<string, string>> ParseArguments(IEnumerable<string> lines)
    {
        var arguments = new List<KeyValuePair<string, string>>();
        foreach (var line in lines)
        {
            var separator = line.IndexOf('=');
            if (separator > 0)
            {
                arguments.Add(new KeyValuePair<string, string>(line.Substring(0, separator), Unescape(line.Substring(separator + 1))));
            }
        }

        return arguments;
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\").Replace("\r", "\\r").Replace("\n", "\\n");

    private static string Unescape(string value)
    {
        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                builder.Append(value[i] switch { 'n' => '\n', 'r' => '\r', _ => value[i] });
            }
            else
            {
                builder.Append(value[i]);
            }
        }

        return builder.ToString();
    }
}
