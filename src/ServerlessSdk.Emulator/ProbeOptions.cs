namespace ServerlessSdk.Emulator;

/// <summary>Settings for <see cref="FunctionRunner"/>.</summary>
public sealed record ProbeOptions
{
    /// <summary>Invocations to time after the cold one, back to back in the same process. Default 0.</summary>
    public int WarmInvocations { get; init; }

    /// <summary>
    /// The longest wait for each step: from exec to the first response, and for each warm invocation.
    /// The process is killed when it runs out. Default 10 seconds.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The function configuration (name, memory, region, deadline) the emulator reports.</summary>
    public EmulatorOptions Function { get; init; } = new();

    /// <summary>Extra environment, folders and log settings for the process.</summary>
    public LaunchOptions? Launch { get; init; }

    /// <summary>How many of the last output lines a sample keeps. Default 50.</summary>
    public int LogTailLines { get; init; } = 50;
}
