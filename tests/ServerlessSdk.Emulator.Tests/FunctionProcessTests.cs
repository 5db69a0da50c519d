using System.ComponentModel;
using System.Text.Json;

namespace ServerlessSdk.Emulator.Tests;

public sealed class FunctionProcessTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly RuntimeApiEmulator _emulator = RuntimeApiEmulator.Start(new EmulatorOptions
    {
        FunctionName = "probe",
        MemoryMb = 256,
        Region = "eu-central-1",
        Handler = "my-handler",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Function_gets_the_provided_al2023_environment_and_nothing_inherited()
    {
        var invocation = _emulator.Enqueue("{}");
        var launch = new LaunchOptions { ExtraEnvironment = { ["EXTRA"] = "1", ["AWS_REGION"] = "override" } };
        await using var function = FunctionProcess.Start(FakeRuntime.Command("env"), _emulator, launch);

        var result = await invocation.Completion.WaitAsync(Wait);

        using var body = JsonDocument.Parse(result.Body);
        var env = body.RootElement.GetProperty("env").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        var taskRoot = Path.GetDirectoryName(FakeRuntime.ScriptPath)!;
        Assert.Equal("/usr/local/bin:/usr/bin/:/bin:/opt/bin", env["PATH"]);
        Assert.Equal("en_US.UTF-8", env["LANG"]);
        Assert.Equal(":UTC", env["TZ"]);
        Assert.Equal($"/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:{taskRoot}:{taskRoot}/lib:/opt/lib", env["LD_LIBRARY_PATH"]);
        Assert.Equal(taskRoot, env["LAMBDA_TASK_ROOT"]);
        Assert.Equal("/var/runtime", env["LAMBDA_RUNTIME_DIR"]);
        Assert.Equal("my-handler", env["_HANDLER"]);
        Assert.Equal("override", env["AWS_REGION"]);
        Assert.Equal("eu-central-1", env["AWS_DEFAULT_REGION"]);
        Assert.Equal("probe", env["AWS_LAMBDA_FUNCTION_NAME"]);
        Assert.Equal("$LATEST", env["AWS_LAMBDA_FUNCTION_VERSION"]);
        Assert.Equal("256", env["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"]);
        Assert.Equal("/aws/lambda/probe", env["AWS_LAMBDA_LOG_GROUP_NAME"]);
        Assert.Matches(@"^\d{4}/\d{2}/\d{2}/\[\$LATEST\][0-9a-f]{32}$", env["AWS_LAMBDA_LOG_STREAM_NAME"]);
        Assert.Equal("on-demand", env["AWS_LAMBDA_INITIALIZATION_TYPE"]);
        Assert.Equal("LOG_ERROR", env["AWS_XRAY_CONTEXT_MISSING"]);
        Assert.Equal(_emulator.Address, env["AWS_LAMBDA_RUNTIME_API"]);
        Assert.Equal("1", env["EXTRA"]);
        // Python may add LC_CTYPE itself (PEP 538 locale coercion); nothing else may appear.
        Assert.Empty(env.Keys.Except(["LC_CTYPE", "EXTRA", .. LambdaEnvironment.Create(new EmulatorOptions(), "x", "/x").Keys]));
        Assert.Equal(taskRoot, body.RootElement.GetProperty("cwd").GetString());
    }

    [Fact]
    public async Task Output_lines_are_captured_from_stdout_and_stderr()
    {
        await using var function = FunctionProcess.Start(FakeRuntime.Command("exit"), _emulator);

        await function.WaitForExitAsync().WaitAsync(Wait);

        Assert.True(function.HasExited);
        Assert.Equal(3, function.ExitCode);
        Assert.Equal(3, await function.Exited);
        Assert.Contains(function.Logs, l => l.Text.StartsWith("pid ", StringComparison.Ordinal) && !l.IsStandardError);
        Assert.Contains(function.Logs, l => l.Text == "fatal: cannot start" && l.IsStandardError);
        Assert.All(function.Logs, l => Assert.True(l.Timestamp > function.StartedAt));
    }

    [Fact]
    public async Task Log_lines_are_reported_live_and_capped()
    {
        var live = new List<string>();
        var launch = new LaunchOptions { MaxLogLines = 1, LogReceived = line => { lock (live) { live.Add(line.Text); } } };
        await using var function = FunctionProcess.Start(FakeRuntime.Command("exit"), _emulator, launch);

        await function.WaitForExitAsync().WaitAsync(Wait);

        Assert.Single(function.Logs);
        lock (live)
        {
            Assert.Equal(2, live.Count);
        }
    }

    [Fact]
    public async Task Signal_terminate_delivers_SIGTERM_to_the_function()
    {
        await using var function = FunctionProcess.Start(FakeRuntime.Command("sigterm"), _emulator);
        await _emulator.FirstNextRequest.WaitAsync(Wait); // the handler is installed before the first /next

        var sent = function.SignalTerminate();
        var exitCode = await function.Exited.WaitAsync(Wait);
        await function.WaitForExitAsync().WaitAsync(Wait);

        Assert.True(sent);
        Assert.Equal(0, exitCode);
        Assert.Contains(function.Logs, l => l.Text == "SIGTERM received");
        Assert.False(function.SignalTerminate());
    }

    [Fact]
    public async Task Peak_rss_is_read_from_proc_while_the_process_runs()
    {
        await using var function = FunctionProcess.Start(FakeRuntime.Command("alloc"), _emulator);
        await _emulator.FirstNextRequest.WaitAsync(Wait); // the ballast is allocated before the first /next

        var peak = function.ReadPeakRssBytes();
        function.Kill();
        await function.Exited.WaitAsync(Wait);

        Assert.NotNull(peak);
        Assert.InRange(peak.Value, 32L * 1024 * 1024, 1024L * 1024 * 1024);
        Assert.Null(function.ReadPeakRssBytes());
    }

    [Fact]
    public async Task Kill_ends_a_hanging_function()
    {
        await using var function = FunctionProcess.Start(FakeRuntime.Command("hang"), _emulator);

        function.Kill();
        await function.Exited.WaitAsync(Wait);

        Assert.True(function.HasExited);
        Assert.NotEqual(0, function.ExitCode);
    }

    [Fact]
    public async Task Disposing_kills_a_running_function()
    {
        var function = FunctionProcess.Start(FakeRuntime.Command("hang"), _emulator);

        await function.DisposeAsync();

        Assert.True(function.HasExited);
        Assert.False(Directory.Exists($"/proc/{function.Id}"));
    }

    [Fact]
    public void Starting_a_missing_program_throws()
    {
        var command = FunctionCommand.Executable("/nonexistent/bootstrap");

        Assert.Throws<Win32Exception>(() => FunctionProcess.Start(command, _emulator));
    }
}
