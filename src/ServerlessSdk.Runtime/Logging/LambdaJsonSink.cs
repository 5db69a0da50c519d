using System.Globalization;
using System.Text.Json;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// Serilog sink that writes each event as one JSON object per line with the field names
/// Powertools for AWS Lambda uses (<c>timestamp</c>, <c>level</c>, <c>message</c>, ...), so existing
/// CloudWatch Logs Insights queries work unchanged.
/// </summary>
internal sealed class LambdaJsonSink(JsonLineWriter output) : ILogEventSink
{
    private readonly StringWriter _message = new(CultureInfo.InvariantCulture);

    public void Emit(LogEvent logEvent) => output.WriteLine((logEvent, this), static (json, state) => state.Item2.Write(json, state.logEvent));

    internal void Write(Utf8JsonWriter json, LogEvent logEvent)
    {
        json.WriteStartObject();
        json.WriteString("timestamp"u8, logEvent.Timestamp.UtcDateTime);
        json.WriteString("level"u8, LevelName(logEvent.Level));
        json.WriteString("message"u8, RenderMessage(logEvent));
        foreach (var (name, value) in logEvent.Properties)
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }

        if (logEvent.Exception is { } exception)
        {
            json.WriteStartObject("exception"u8);
            json.WriteString("type"u8, exception.GetType().FullName);
            json.WriteString("message"u8, exception.Message);
            json.WriteString("stack_trace"u8, exception.ToString());
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>Level names as Microsoft.Extensions.Logging and Powertools print them.</summary>
    internal static string LevelName(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "Trace",
        LogEventLevel.Debug => "Debug",
        LogEventLevel.Information => "Information",
        LogEventLevel.Warning => "Warning",
        LogEventLevel.Error => "Error",
        _ => "Critical",
    };

    // Serilog's own rendering quotes string values ("Hello \"world\""); log readers expect them bare.
    // Called under the JsonLineWriter lock, so the shared StringWriter is safe.
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

    internal static void WriteValue(Utf8JsonWriter json, LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                WriteScalar(json, scalar.Value);
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

    private static void WriteScalar(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case uint ui: json.WriteNumberValue(ui); break;
            case ulong ul: json.WriteNumberValue(ul); break;
            case short sh: json.WriteNumberValue(sh); break;
            case byte by: json.WriteNumberValue(by); break;
            case decimal m: json.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case DateTime dt: json.WriteStringValue(dt); break;
            case DateTimeOffset dto: json.WriteStringValue(dto); break;
            case Guid g: json.WriteStringValue(g); break;
            case TimeSpan ts: json.WriteStringValue(ts.ToString("c", CultureInfo.InvariantCulture)); break;
            case IFormattable formattable: json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
