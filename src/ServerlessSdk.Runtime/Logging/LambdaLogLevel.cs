namespace ServerlessSdk.Runtime.Logging;

/// <summary>Log levels, in the order and with the names Lambda's advanced logging controls and Powertools use.</summary>
public enum LambdaLogLevel
{
    /// <summary>TRACE; Serilog's Verbose.</summary>
    Trace,

    /// <summary>DEBUG.</summary>
    Debug,

    /// <summary>INFO.</summary>
    Information,

    /// <summary>WARN.</summary>
    Warning,

    /// <summary>ERROR.</summary>
    Error,

    /// <summary>FATAL; Serilog's Fatal.</summary>
    Critical,

    /// <summary>As a minimum level: nothing is written.</summary>
    None,
}

/// <summary>Names and parsing of <see cref="LambdaLogLevel"/>.</summary>
public static class LambdaLogLevels
{
    /// <summary>The <c>level</c> field's value: the names Microsoft.Extensions.Logging and Powertools print.</summary>
    public static string Name(LambdaLogLevel level) => level switch
    {
        LambdaLogLevel.Trace => "Trace",
        LambdaLogLevel.Debug => "Debug",
        LambdaLogLevel.Information => "Information",
        LambdaLogLevel.Warning => "Warning",
        LambdaLogLevel.Error => "Error",
        LambdaLogLevel.Critical => "Critical",
        _ => "None",
    };

    /// <summary>Maps Lambda's log level names (TRACE, DEBUG, INFO, WARN, ERROR, FATAL) to levels; null when unknown.</summary>
    public static LambdaLogLevel? Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "TRACE" or "VERBOSE" => LambdaLogLevel.Trace,
        "DEBUG" => LambdaLogLevel.Debug,
        "INFO" or "INFORMATION" => LambdaLogLevel.Information,
        "WARN" or "WARNING" => LambdaLogLevel.Warning,
        "ERROR" => LambdaLogLevel.Error,
        "FATAL" or "CRITICAL" => LambdaLogLevel.Critical,
        _ => null,
    };
}
