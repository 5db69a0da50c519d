using ServerlessSdk.Emulator;

namespace ServerlessSdk.Templates.Tests.Infrastructure;

/// <summary>Runs a published bootstrap under the Runtime API emulator, as Lambda would, and sends it events in order.</summary>
internal static class Emulated
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    public static Task<(IReadOnlyList<InvocationResult> Results, string Logs)> InvokeAsync(string bootstrap, params string[] events) =>
        InvokeAsync(bootstrap, new Dictionary<string, string>(), events);

    /// <summary>With <paramref name="environment"/> added to the function's Lambda environment (a table's name and endpoint).</summary>
    public static async Task<(IReadOnlyList<InvocationResult> Results, string Logs)> InvokeAsync(
        string bootstrap, IReadOnlyDictionary<string, string> environment, params string[] events)
    {
        await using var emulator = RuntimeApiEmulator.Start(new EmulatorOptions { FunctionName = "template-test" });
        var options = new LaunchOptions();
        foreach (var (name, value) in environment)
        {
            options.ExtraEnvironment[name] = value;
        }

        await using var process = FunctionProcess.Start(FunctionCommand.Executable(bootstrap), emulator, options);
        var results = new List<InvocationResult>();
        foreach (var payload in events)
        {
            results.Add(await emulator.Enqueue(payload).Completion.WaitAsync(Wait));
        }

        return (results, string.Join('\n', process.Logs.Select(l => l.Text)));
    }
}
