namespace ServerlessSdk.Emulator;

/// <summary>Settings for <see cref="FunctionProcess.Start"/>.</summary>
public sealed class LaunchOptions
{
    /// <summary>Variables added to (or overriding) the Lambda environment, applied last.</summary>
    public IDictionary<string, string> ExtraEnvironment { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Overrides <see cref="FunctionCommand.TaskRoot"/> for <c>LAMBDA_TASK_ROOT</c> and the working directory.</summary>
    public string? TaskRoot { get; init; }

    /// <summary>The working directory; the task root when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>How many of the latest output lines to keep. Default 10,000.</summary>
    public int MaxLogLines { get; init; } = 10_000;

    /// <summary>
    /// Called for every output line as it is read (e.g. to echo logs live), on a thread-pool thread, one call at
    /// a time per stream. It must not throw.
    /// </summary>
    public Action<LogLine>? LogReceived { get; init; }
}
