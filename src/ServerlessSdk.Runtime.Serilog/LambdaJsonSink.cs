using System.Globalization;
using System.Text.Json;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Serilog;

/// <summary>
/// Serilog sink that hands each event to the runtime's <see cref="LambdaLogger"/>: the same JSON line, field names and
/// invocation fields (<c>function_request_id</c>, <c>xray_trace_id</c>, <c>cold_start</c>) as the runtime's own logger,
/// written atomically beside its metrics on stdout.
/// </summary>
public sealed class LambdaJsonSink(LambdaLogger output) : ILogEventSink
{
    private readonly StringWriter _message = new(CultureInfo.InvariantCulture);
    private readonly Lock _gate = new();

    /// <summary>A sink on the function's logger (stdout).</summary>
    public LambdaJsonSink()
        : this(LambdaLog.Logger)
    {
    }

    /// <inheritdoc />
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        string message;
        lock (_gate)
        {
            message = RenderMessage(logEvent);
        }

        output.Write(ToLambda(logEvent.Level), logEvent.Timestamp, message, logEvent.Exception, new Properties(logEvent.Properties));
    }

    /// <summary>Serilog's level for the runtime's (Verbose is Trace, Fatal is Critical).</summary>
    public static LogEventLevel ToSerilog(LambdaLogLevel level) => level switch
    {
        LambdaLogLevel.Trace => LogEventLevel.Verbose,
        LambdaLogLevel.Debug => LogEventLevel.Debug,
        LambdaLogLevel.Information => LogEventLevel.Information,
        LambdaLogLevel.Warning => LogEventLevel.Warning,
        LambdaLogLevel.Error => LogEventLevel.Error,
        // None has no Serilog level: Fatal is the closest that still lets fatal events through.
        _ => LogEventLevel.Fatal,
    };

    /// <summary>The runtime's level for Serilog's.</summary>
    public static LambdaLogLevel ToLambda(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => LambdaLogLevel.Trace,
        LogEventLevel.Debug => LambdaLogLevel.Debug,
        LogEventLevel.Information => LambdaLogLevel.Information,
        LogEventLevel.Warning => LambdaLogLevel.Warning,
        LogEventLevel.Error => LambdaLogLevel.Error,
        _ => LambdaLogLevel.Critical,
    };

    // Serilog's own rendering quotes string values ("Hello \"world\""); log readers expect them bare.
    private string RenderMessage(LogEvent logEvent)
    {
        var builder = _message.GetStringBuilder().Clear();
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is PropertyToken property
                && logEvent.Properties.TryGetValue(property.PropertyName, out var value)
                && value is ScalarValue { Value: string text })
            {
                builder.Append(text);
            }
            else
            {
                token.Render(logEvent.Properties, _message, CultureInfo.InvariantCulture);
            }
        }

        return builder.ToString();
    }

    private readonly struct Properties(IReadOnlyDictionary<string, LogEventPropertyValue> properties) : ILambdaLogProperties
    {
        public bool Contains(string name) => properties.ContainsKey(name);

        public void WriteTo(Utf8JsonWriter json)
        {
            foreach (var (name, value) in properties)
            {
                json.WritePropertyName(name);
                WriteValue(json, value);
            }
        }

        private static void WriteValue(Utf8JsonWriter json, LogEventPropertyValue value)
        {
            switch (value)
            {
                case ScalarValue scalar:
                    JsonValueWriter.WriteValue(json, scalar.Value);
                    break;
                case SequenceValue sequence:
                    json.WriteStartArray();
                    foreach (var element in sequence.Elements)
                    {
                        WriteValue(json, element);
                    }

                    json.WriteEndArray();
                    break;
                case StructureValue structure:
                    json.WriteStartObject();
                    foreach (var property in structure.Properties)
                    {
                        json.WritePropertyName(property.Name);
                        WriteValue(json, property.Value);
                    }

                    json.WriteEndObject();
                    break;
                case DictionaryValue dictionary:
                    json.WriteStartObject();
                    foreach (var (key, element) in dictionary.Elements)
                    {
                        json.WritePropertyName(Convert.ToString(key.Value, CultureInfo.InvariantCulture) ?? "null");
                        WriteValue(json, element);
                    }

                    json.WriteEndObject();
                    break;
                default:
                    json.WriteStringValue(value.ToString());
                    break;
            }
        }
    }
}
