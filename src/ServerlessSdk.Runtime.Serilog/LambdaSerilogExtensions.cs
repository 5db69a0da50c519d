using Serilog;
using Serilog.Configuration;
using ServerlessSdk.Runtime.Logging;

namespace ServerlessSdk.Runtime.Serilog;

/// <summary>Wires Serilog to the runtime's JSON log lines.</summary>
public static class LambdaSerilogExtensions
{
    /// <summary>Writes events as the runtime's JSON lines (to <paramref name="output"/>, by default the function's stdout logger).</summary>
    public static LoggerConfiguration LambdaJson(this LoggerSinkConfiguration writeTo, LambdaLogger? output = null)
    {
        ArgumentNullException.ThrowIfNull(writeTo);
        return writeTo.Sink(new LambdaJsonSink(output ?? LambdaLog.Logger));
    }

    /// <summary>
    /// The function's configuration: the minimum level from <c>AWS_LAMBDA_LOG_LEVEL</c> (through the runtime's logger)
    /// and the Lambda JSON sink. <c>Log.Logger = new LoggerConfiguration().ForLambda().CreateLogger();</c>
    /// </summary>
    public static LoggerConfiguration ForLambda(this LoggerConfiguration configuration, LambdaLogger? output = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var logger = output ?? LambdaLog.Logger;
        return configuration.MinimumLevel.Is(LambdaJsonSink.ToSerilog(logger.MinimumLevel)).WriteTo.LambdaJson(logger);
    }
}
