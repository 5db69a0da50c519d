using System.Text;
using System.Text.Json;
using ServerlessSdk.Runtime.Hosting;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// Writes log events as JSON lines with the field names Powertools for AWS Lambda uses (<c>timestamp</c>, <c>level</c>,
/// <c>message</c>, the event's properties, <c>service</c>, <c>function_name</c>, <c>function_version</c>, and during an
/// invocation <c>cold_start</c>, <c>function_request_id</c>, <c>xray_trace_id</c>; then <c>exception</c>), so existing
/// CloudWatch Logs Insights queries work unchanged. An event's own property wins over a runtime field of the same name.
/// </summary>
internal sealed class LogLineSink(JsonLineWriter output, FunctionEnvironment environment, InvocationFields invocation)
{
    // Used under the line writer's lock only.
    private readonly StringBuilder _message = new(256);

    public void Write<TEntry>(scoped in TEntry entry)
        where TEntry : ILogEntry, allows ref struct
    {
        var json = output.BeginLine();
        var complete = false;
        try
        {
            WriteObject(json, entry);
            complete = true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A value whose ToString throws, or a closed stdout: losing the line beats failing the invocation.
        }
        finally
        {
            output.EndLine(complete, invocation.Value?.Capture);
        }
    }

    private void WriteObject<TEntry>(Utf8JsonWriter json, scoped in TEntry entry)
        where TEntry : ILogEntry, allows ref struct
    {
        json.WriteStartObject();
        json.WriteString("timestamp"u8, entry.TimestampUtc);
        json.WriteString("level"u8, LambdaLogLevels.Name(entry.Level));
        WriteMessage(json, entry);
        entry.WriteProperties(json);
        WriteUnlessPresent(json, entry, "service", environment.ServiceName);
        var current = invocation.Value;
        if (current is { Azure: true })
        {
            WriteAzureFields(json, entry, current);
        }
        else if (!invocation.AzureProcess)
        {
            WriteLambdaFields(json, entry, current);
        }

        if (entry.Exception is { } exception)
        {
            json.WriteStartObject("exception"u8);
            json.WriteString("type"u8, exception.GetType().FullName);
            json.WriteString("message"u8, exception.Message);
            json.WriteString("stack_trace"u8, exception.ToString());
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private void WriteLambdaFields<TEntry>(Utf8JsonWriter json, scoped in TEntry entry, InvocationFields.Current? current)
        where TEntry : ILogEntry, allows ref struct
    {
        WriteUnlessPresent(json, entry, "function_name", current?.FunctionName ?? environment.FunctionName);
        WriteUnlessPresent(json, entry, "function_version", environment.FunctionVersion);
        if (current is null)
        {
            return;
        }

        if (!entry.Contains("cold_start"))
        {
            json.WriteBoolean("cold_start"u8, current.ColdStart);
        }

        WriteUnlessPresent(json, entry, "function_request_id", current.RequestId);
        if (current.TraceId is not null)
        {
            WriteUnlessPresent(json, entry, "xray_trace_id", current.TraceId);
        }
    }

    /// <summary>The names the Azure Functions host uses for its own log scope (FunctionName, InvocationId) and W3C's traceparent.</summary>
    private static void WriteAzureFields<TEntry>(Utf8JsonWriter json, scoped in TEntry entry, InvocationFields.Current current)
        where TEntry : ILogEntry, allows ref struct
    {
        if (current.FunctionName is { } name)
        {
            WriteUnlessPresent(json, entry, "FunctionName", name);
        }

        WriteUnlessPresent(json, entry, "InvocationId", current.RequestId);
        if (!entry.Contains("cold_start"))
        {
            json.WriteBoolean("cold_start"u8, current.ColdStart);
        }

        if (current.TraceId is not null)
        {
            WriteUnlessPresent(json, entry, "traceparent", current.TraceId);
        }
    }

    private void WriteMessage<TEntry>(Utf8JsonWriter json, scoped in TEntry entry)
        where TEntry : ILogEntry, allows ref struct
    {
        _message.Clear();
        entry.RenderMessage(_message);
        // A message that fits one chunk (nearly all do) is written without a string.
        foreach (var chunk in _message.GetChunks())
        {
            if (chunk.Length == _message.Length)
            {
                json.WriteString("message"u8, chunk.Span);
                return;
            }

            break;
        }

        json.WriteString("message"u8, _message.ToString());
    }

    private static void WriteUnlessPresent<TEntry>(Utf8JsonWriter json, scoped in TEntry entry, string name, string value)
        where TEntry : ILogEntry, allows ref struct
    {
        if (!entry.Contains(name))
        {
            json.WriteString(name, value);
        }
    }
}
