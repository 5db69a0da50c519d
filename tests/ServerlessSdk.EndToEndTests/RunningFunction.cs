using System.Text.Json;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.EndToEndTests;

/// <summary>A function process serving invocations from its own emulator, torn down after each test.</summary>
internal sealed class RunningFunction : IAsyncDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private RunningFunction(RuntimeApiEmulator emulator, FunctionProcess process)
    {
        Emulator = emulator;
        Process = process;
    }

    public RuntimeApiEmulator Emulator { get; }

    public FunctionProcess Process { get; }

    public static RunningFunction Start(FunctionCommand command, IDictionary<string, string>? environment = null, EmulatorOptions? options = null, Action<RuntimeApiEmulator>? beforeStart = null)
    {
        var emulator = RuntimeApiEmulator.Start(options ?? new EmulatorOptions { FunctionName = "e2e" });
        beforeStart?.Invoke(emulator);
        var launch = new LaunchOptions();
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            launch.ExtraEnvironment[key] = value;
        }

        return new RunningFunction(emulator, FunctionProcess.Start(command, emulator, launch));
    }

    public async Task<InvocationResult> InvokeAsync(string payload, InvocationOptions? options = null) =>
        await Emulator.Enqueue(payload, options).Completion.WaitAsync(Wait);

    public async Task<JsonElement> InvokeJsonAsync(string payload, InvocationOptions? options = null)
    {
        var result = await InvokeAsync(payload, options);
        Assert.True(result.Outcome == InvocationOutcome.Response, $"expected a response, got {result.Outcome}: {result.BodyText}\n{LogText}");
        return JsonDocument.Parse(result.Body).RootElement;
    }

    public string LogText => string.Join('\n', Process.Logs.Select(l => l.Text));

    /// <summary>The stdout lines that are JSON objects (logs and EMF metrics).</summary>
    public List<JsonElement> JsonLines() =>
        Process.Logs.Where(l => l.Text.StartsWith('{')).Select(l => JsonDocument.Parse(l.Text).RootElement).ToList();

    public async Task<int> ExitCodeAsync() => await Process.Exited.WaitAsync(Wait);

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
