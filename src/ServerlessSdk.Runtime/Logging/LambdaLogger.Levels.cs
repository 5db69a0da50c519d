// The level methods, each in Serilog's shapes so code written against Serilog's ILogger compiles unchanged:
// up to three generic values (no boxing, nothing done when the level is off) or any number as params.
namespace ServerlessSdk.Runtime.Logging;

public sealed partial class LambdaLogger
{
    /// <summary>Writes a Trace event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose(string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, null, messageTemplate, []);
        }
    }

    /// <summary>Writes a Trace event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, null, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Trace event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, null, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Trace event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, null, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Trace event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose(string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, null, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Trace event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, exception, messageTemplate, []);
        }
    }

    /// <summary>Writes a Trace event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, exception, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Trace event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, exception, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Trace event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, exception, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Trace event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Verbose(Exception? exception, string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Trace))
        {
            WriteTemplate(LambdaLogLevel.Trace, exception, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Debug event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug(string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, null, messageTemplate, []);
        }
    }

    /// <summary>Writes a Debug event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, null, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Debug event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, null, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Debug event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, null, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Debug event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug(string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, null, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Debug event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, exception, messageTemplate, []);
        }
    }

    /// <summary>Writes a Debug event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, exception, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Debug event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, exception, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Debug event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, exception, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Debug event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Debug(Exception? exception, string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Debug))
        {
            WriteTemplate(LambdaLogLevel.Debug, exception, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Information event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information(string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, null, messageTemplate, []);
        }
    }

    /// <summary>Writes a Information event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, null, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Information event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, null, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Information event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, null, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Information event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information(string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, null, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Information event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, exception, messageTemplate, []);
        }
    }

    /// <summary>Writes a Information event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, exception, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Information event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, exception, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Information event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, exception, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Information event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Information(Exception? exception, string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Information))
        {
            WriteTemplate(LambdaLogLevel.Information, exception, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Warning event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning(string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, null, messageTemplate, []);
        }
    }

    /// <summary>Writes a Warning event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, null, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Warning event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, null, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Warning event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, null, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Warning event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning(string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, null, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Warning event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, exception, messageTemplate, []);
        }
    }

    /// <summary>Writes a Warning event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, exception, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Warning event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, exception, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Warning event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, exception, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Warning event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Warning(Exception? exception, string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Warning))
        {
            WriteTemplate(LambdaLogLevel.Warning, exception, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Error event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error(string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, null, messageTemplate, []);
        }
    }

    /// <summary>Writes a Error event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, null, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Error event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, null, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Error event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, null, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Error event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error(string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, null, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Error event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, exception, messageTemplate, []);
        }
    }

    /// <summary>Writes a Error event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, exception, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Error event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, exception, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Error event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, exception, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Error event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Error(Exception? exception, string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Error))
        {
            WriteTemplate(LambdaLogLevel.Error, exception, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Critical event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal(string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, null, messageTemplate, []);
        }
    }

    /// <summary>Writes a Critical event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, null, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Critical event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, null, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Critical event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, null, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Critical event; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal(string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, null, messageTemplate, propertyValues);
        }
    }

    /// <summary>Writes a Critical event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, exception, messageTemplate, []);
        }
    }

    /// <summary>Writes a Critical event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, exception, messageTemplate, [propertyValue0]);
        }
    }

    /// <summary>Writes a Critical event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, exception, messageTemplate, [propertyValue0, propertyValue1]);
        }
    }

    /// <summary>Writes a Critical event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, exception, messageTemplate, [propertyValue0, propertyValue1, propertyValue2]);
        }
    }

    /// <summary>Writes a Critical event with an exception; see <see cref="Write(LambdaLogLevel, Exception?, string, ReadOnlySpan{object?})"/>.</summary>
    public void Fatal(Exception? exception, string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(LambdaLogLevel.Critical))
        {
            WriteTemplate(LambdaLogLevel.Critical, exception, messageTemplate, propertyValues);
        }
    }
}
