using Serilog;
using Serilog.Core;
using Serilog.Events;
using ServerlessSdk.Runtime.Hosting;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// The function's structured logger: JSON lines on stdout through Serilog, with Powertools field names.
/// </summary>
/// <remarks>
/// Every event carries <c>service</c>, <c>function_name</c> and <c>function_version</c>; events written
/// during an invocation also carry <c>function_request_id</c>, <c>xray_trace_id</c> and <c>cold_start</c>.
/// The minimum level comes from <c>AWS_LAMBDA_LOG_LEVEL</c> (Lambda's advanced logging controls)
/// and can be changed at any time through <see cref="Level"/>.
/// </remarks>
public static class LambdaLog
{
    private static Logger? s_logger;

    /// <summary>Controls the minimum level; starts at the level <c>AWS_LAMBDA_LOG_LEVEL</c> names (default Information).</summary>
    public static LoggingLevelSwitch Level { get; } = new(ParseLevel(Environment.GetEnvironmentVariable("AWS_LAMBDA_LOG_LEVEL")) ?? LogEventLevel.Information);

    /// <summary>The process-wide logger; the invocation context hands out the same instance.</summary>
    public static ILogger Logger => s_logger ??= Create(JsonLineWriter.Stdout, FunctionEnvironment.Current, Invocation, Level);

    internal static InvocationEnricher Invocation { get; } = new();

    /// <summary>Writes out anything buffered; called by the runtime before the process exits.</summary>
    public static void Flush() => JsonLineWriter.Stdout.Flush();

    internal static Logger Create(JsonLineWriter output, FunctionEnvironment environment, InvocationEnricher invocation, LoggingLevelSwitch level) =>
        new LoggerConfiguration()
            .MinimumLevel.ControlledBy(level)
            .Enrich.WithProperty("service", environment.ServiceName)
            .Enrich.WithProperty("function_name", environment.FunctionName)
            .Enrich.WithProperty("function_version", environment.FunctionVersion)
            .Enrich.With(invocation)
            .WriteTo.Sink(new LambdaJsonSink(output))
            .CreateLogger();

    /// <summary>Maps Lambda's log level names (TRACE, DEBUG, INFO, WARN, ERROR, FATAL) to Serilog levels.</summary>
    internal static LogEventLevel? ParseLevel(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "TRACE" => LogEventLevel.Verbose,
        "DEBUG" => LogEventLevel.Debug,
        "INFO" or "INFORMATION" => LogEventLevel.Information,
        "WARN" or "WARNING" => LogEventLevel.Warning,
        "ERROR" => LogEventLevel.Error,
        "FATAL" or "CRITICAL" => LogEventLevel.Fatal,
        _ => null,
    };
}
