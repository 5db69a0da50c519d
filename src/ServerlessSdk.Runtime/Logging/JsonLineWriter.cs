using System.Buffers;
using System.Text.Json;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// Writes one JSON document per line to a stream (stdout in a function), each line in a single
/// write so lines from logs and metrics never interleave and nothing sits in a buffer when the
/// process is frozen or killed.
/// </summary>
internal sealed class JsonLineWriter
{
    private static readonly JsonWriterOptions Options = RuntimeJson.WriterOptions with { SkipValidation = true };
    private readonly Stream _stream;
    private readonly Lock _gate = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _json;

    public JsonLineWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    private static JsonLineWriter? s_stdout;

    /// <summary>The process's standard output, opened without Console's text machinery.</summary>
    public static JsonLineWriter Stdout => s_stdout ??= new JsonLineWriter(Console.OpenStandardOutput());

    /// <summary>Writes one line; <paramref name="write"/> produces the JSON value.</summary>
    public void WriteLine<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var json = BeginLine();
        var complete = false;
        try
        {
            write(json, state);
            complete = true;
        }
        finally
        {
            EndLine(complete);
        }
    }

    /// <summary>
    /// Takes the lock and hands out the writer for one line; <see cref="EndLine"/> must follow (in a finally).
    /// For writers whose state is a ref struct, which a delegate cannot take.
    /// </summary>
    public Utf8JsonWriter BeginLine()
    {
        _gate.Enter();
        _buffer.ResetWrittenCount();
        _json.Reset();
        return _json;
    }

    /// <summary>Writes the line begun by <see cref="BeginLine"/> (or drops it when incomplete) and releases the lock.</summary>
    public void EndLine(bool complete, List<string>? capture = null)
    {
        try
        {
            if (complete)
            {
                _json.Flush();
                if (capture is not null)
                {
                    // An Azure invocation's lines travel in its response (Logs), attributed to it by the host.
                    lock (capture)
                    {
                        capture.Add(System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan));
                    }

                    return;
                }

                _buffer.Write("\n"u8);
                _stream.Write(_buffer.WrittenSpan);
            }
        }
        finally
        {
            _gate.Exit();
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            _stream.Flush();
        }
    }
}
