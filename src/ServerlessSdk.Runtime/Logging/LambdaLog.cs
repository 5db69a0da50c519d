using ServerlessSdk.Runtime.Hosting;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>The process-wide <see cref="LambdaLogger"/>, on stdout; the invocation context hands out the same instance.</summary>
/// <remarks>
/// The minimum level comes from <c>AWS_LAMBDA_LOG_LEVEL</c> (Lambda's advanced logging controls; default INFO)
/// and can be changed at any time through <see cref="MinimumLevel"/>.
/// </remarks>
public static class LambdaLog
{
    private static LambdaLogger? s_logger;

    /// <summary>The function's logger.</summary>
    public static LambdaLogger Logger => s_logger ??= Create(
        JsonLineWriter.Stdout,
        FunctionEnvironment.Current,
        Invocation,
        LambdaLogLevels.Parse(Environment.GetEnvironmentVariable("AWS_LAMBDA_LOG_LEVEL")) ?? LambdaLogLevel.Information);

    /// <summary>The logger's minimum level.</summary>
    public static LambdaLogLevel MinimumLevel
    {
        get => Logger.MinimumLevel;
        set => Logger.MinimumLevel = value;
    }

    internal static InvocationFields Invocation { get; } = new();

    /// <summary>Writes out anything buffered; called by the runtime before the process exits.</summary>
    public static void Flush() => JsonLineWriter.Stdout.Flush();

    internal static LambdaLogger Create(JsonLineWriter output, FunctionEnvironment environment, InvocationFields invocation, LambdaLogLevel minimumLevel) =>
        new(new LogLineSink(output, environment, invocation), minimumLevel);
}
