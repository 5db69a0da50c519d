using Microsoft.Build.Framework;

namespace ServerlessSdk.Build.Hosting;

/// <summary>
/// The task host: <c>dotnet ServerlessSdk.Build.dll &lt;task&gt; &lt;arguments file&gt; [--cancel-on-eof]</c> runs one of
/// the package's tasks outside MSBuild (.NET Framework MSBuild cannot load this assembly; a hung function's probe
/// then never holds an MSBuild node). Events go to standard output (<see cref="HostProtocol"/>); the exit code is
/// <see cref="HostProtocol.Succeeded"/> or <see cref="HostProtocol.TaskFailed"/>.
/// </summary>
internal static class Program
{
    /// <summary>With it, the end of standard input cancels the task: how the launcher cancels on every platform.</summary>
    public const string CancelOnEndOfInput = "--cancel-on-eof";

    public static int Main(string[] args)
    {
        if (args.Length is < 2 or > 3 || (args.Length == 3 && args[2] != CancelOnEndOfInput))
        {
            Console.Error.WriteLine($"usage: dotnet ServerlessSdk.Build.dll <task> <arguments file> [{CancelOnEndOfInput}]");
            return HostProtocol.TaskFailed;
        }

        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var engine = new ConsoleBuildEngine(Console.Out);
        var task = TaskInvocation.Prepare(args[0], HostProtocol.ParseArguments(File.ReadAllLines(args[1])), engine);
        if (task is null)
        {
            return HostProtocol.TaskFailed;
        }

        if (task is ICancelableTask cancelable)
        {
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancelable.Cancel();
            };
            if (args.Length == 3)
            {
                new Thread(() =>
                {
                    while (Console.In.Read() >= 0)
                    {
                    }

                    cancelable.Cancel();
                }) { IsBackground = true }.Start();
            }
        }

        return task.Execute() && !engine.HasLoggedErrors ? HostProtocol.Succeeded : HostProtocol.TaskFailed;
    }
}
