using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ServerlessSdk.Emulator.Internal;

/// <summary>
/// A minimal HTTP/1.1 server connection: reads request heads and bodies (Content-Length or chunked, with
/// trailers) from its own buffer so it can timestamp the exact read that brought the bytes, and writes each
/// response in a single send so Nagle and delayed ACKs never add latency.
/// </summary>
/// <remarks>
/// Protocol errors surface as <see cref="InvalidDataException"/>; a peer that goes away mid-request as
/// <see cref="EndOfStreamException"/> or <see cref="IOException"/>.
/// </remarks>
internal sealed class HttpConnection : IAsyncDisposable
{
    private const int MaxLineBytes = 64 * 1024;
    private const int MaxHeadBytes = 256 * 1024;
    private const int InitialBufferBytes = 64 * 1024;

    private static readonly Task<int> Never = new TaskCompletionSource<int>().Task;
    private static readonly byte[] ContinueBytes = "HTTP/1.1 100 Continue\r\n\r\n"u8.ToArray();

    private readonly NetworkStream _stream;
    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _start;
    private int _end;
    private long _lastFillAt;
    private Task<int>? _pendingFill;

    public HttpConnection(Socket socket)
    {
        socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>Reads the next request head; null when the peer closed the connection between requests.</summary>
    public async Task<HttpRequestHead?> ReadHeadAsync(CancellationToken cancellationToken)
    {
        string line;
        long arrivedAt;
        do
        {
            if (!await EnsureDataAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            // Bytes already buffered arrived with the latest read: see FillCoreAsync.
            arrivedAt = _lastFillAt;
            line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        while (line.Length == 0); // RFC 9112 §2.2: ignore empty lines before a request line.

        var parts = line.Split(' ');
        if (parts.Length != 3 || !parts[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Malformed request line: {line}");
        }

        var headers = await ReadFieldsAsync(cancellationToken).ConfigureAwait(false);
        var target = parts[1];
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? target : target[..query];
        return new HttpRequestHead(parts[0], path, parts[2], headers, arrivedAt);
    }

    /// <summary>
    /// Reads the whole body of <paramref name="head"/>. Bytes beyond <paramref name="maxBytes"/> are read and
    /// discarded (so the connection stays usable) and the result is flagged <see cref="HttpBody.TooLarge"/>.
    /// </summary>
    public async Task<HttpBody> ReadBodyAsync(HttpRequestHead head, int maxBytes, CancellationToken cancellationToken)
    {
        var sink = new BodySink(maxBytes);
        IReadOnlyDictionary<string, string> trailers = EmptyFields;
        if (head.IsChunked)
        {
            while (true)
            {
                var sizeLine = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
                var sizeText = sizeLine.Split(';')[0].Trim(); // chunk extensions are ignored
                if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
                {
                    throw new InvalidDataException($"Malformed chunk size: {sizeLine}");
                }

                if (size == 0)
                {
                    break;
                }

                await CopyToAsync(sink, size, cancellationToken).ConfigureAwait(false);
                if ((await ReadLineAsync(cancellationToken).ConfigureAwait(false)).Length != 0)
                {
                    throw new InvalidDataException("Chunk data is not followed by CRLF.");
                }
            }

            // Streamed responses report mid-stream errors in trailers (Lambda-Runtime-Function-Error-Type/-Body).
            trailers = await ReadFieldsAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (head.Header("Content-Length") is { } lengthText)
        {
            if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw new InvalidDataException($"Malformed Content-Length: {lengthText}");
            }

            sink.Reserve(length);
            await CopyToAsync(sink, length, cancellationToken).ConfigureAwait(false);
        }

        return new HttpBody(sink.ToArray(), sink.Length, sink.TooLarge, trailers, _lastFillAt);
    }

    /// <summary>Sends the interim 100 response a client waits for before sending a large body.</summary>
    public async Task WriteContinueAsync(CancellationToken cancellationToken) =>
        await _stream.WriteAsync(ContinueBytes, cancellationToken).ConfigureAwait(false);

    /// <summary>Writes status line, headers and body in one send.</summary>
    public async Task WriteResponseAsync(
        int statusCode,
        IEnumerable<KeyValuePair<string, string>> headers,
        ReadOnlyMemory<byte> body,
        bool closeConnection,
        CancellationToken cancellationToken,
        bool cutBody = false)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {statusCode} {ReasonPhrase(statusCode)}\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (closeConnection)
        {
            head.Append("Connection: close\r\n");
        }

        head.Append("\r\n");
        var headLength = Encoding.UTF8.GetByteCount(head.ToString());
        var message = new byte[headLength + body.Length];
        Encoding.UTF8.GetBytes(head.ToString(), message);
        body.Span.CopyTo(message.AsSpan(headLength));
        // A cut body (fault injection) announces every byte but sends half of them.
        var length = cutBody ? headLength + (body.Length / 2) : message.Length;
        await _stream.WriteAsync(message.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// While a long poll is parked, reads ahead so a peer that disconnects is noticed: the task completes with 0
    /// when the peer closed (or throws when it reset), with a positive count when it sent more data, and never
    /// completes if a request is already buffered. Whatever is read stays buffered for the next request.
    /// </summary>
    public Task<int> WatchAsync() => _start < _end ? Never : _pendingFill ??= FillCoreAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        // A watch read still in flight now fails; observe it so it is not reported as unobserved.
        _pendingFill?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyFields =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    private static string ReasonPhrase(int statusCode) => statusCode switch
    {
        200 => "OK",
        202 => "Accepted",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Request Entity Too Large",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    };

    private async Task<Dictionary<string, string>> ReadFieldsAsync(CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var total = 0;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line.Length == 0)
            {
                return fields;
            }

            total += line.Length;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (total > MaxHeadBytes || colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                throw new InvalidDataException($"Malformed or oversized header line: {line}");
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            // Repeated fields combine into one comma-separated value (RFC 9110 §5.3).
            fields[name] = fields.TryGetValue(name, out var previous) ? $"{previous}, {value}" : value;
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await ConsumePendingFillAsync().ConfigureAwait(false);
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = newline > 0 && _buffer[_start + newline - 1] == '\r' ? newline - 1 : newline;
                var line = Encoding.UTF8.GetString(_buffer, _start, length);
                _start += newline + 1;
                return line;
            }

            if (_end - _start > MaxLineBytes)
            {
                throw new InvalidDataException("Header line too long.");
            }

            if (await FillAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                throw new EndOfStreamException("The peer closed the connection in the middle of a request.");
            }
        }
    }

    private async Task CopyToAsync(BodySink sink, long count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (!await EnsureDataAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new EndOfStreamException("The peer closed the connection in the middle of a body.");
            }

            var take = (int)Math.Min(count, _end - _start);
            sink.Append(_buffer.AsSpan(_start, take));
            _start += take;
            count -= take;
        }
    }

    /// <summary>True when at least one unread byte is buffered; false at end of stream.</summary>
    private async Task<bool> EnsureDataAsync(CancellationToken cancellationToken)
    {
        await ConsumePendingFillAsync().ConfigureAwait(false);
        return _start < _end || await FillAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>A watch read owns the buffer until it completes; wait for it before touching the buffer.</summary>
    private async Task ConsumePendingFillAsync()
    {
        if (_pendingFill is { } pending)
        {
            _pendingFill = null;
            await pending.ConfigureAwait(false);
        }
    }

    private async Task<int> FillAsync(CancellationToken cancellationToken)
    {
        if (_pendingFill is { } pending)
        {
            _pendingFill = null;
            return await pending.ConfigureAwait(false);
        }

        return await FillCoreAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads once from the socket and stamps the time. Reads happen only when the buffered bytes do not finish
    /// the current request, so any bytes left over afterwards came with the latest read: its stamp is their
    /// arrival time.
    /// </summary>
    private async Task<int> FillCoreAsync(CancellationToken cancellationToken)
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        else if (_end == _buffer.Length)
        {
            if (_start == 0)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            else
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _lastFillAt = Stopwatch.GetTimestamp();
        _end += read;
        return read;
    }

    /// <summary>Collects body bytes up to a limit and only counts the rest.</summary>
    private sealed class BodySink(int maxBytes)
    {
        private ArrayBufferWriter<byte>? _data = new();

        public long Length { get; private set; }

        public bool TooLarge => _data is null;

        public void Reserve(long expected)
        {
            if (expected <= maxBytes)
            {
                _data = new ArrayBufferWriter<byte>((int)Math.Max(expected, 1));
            }
        }

        public void Append(ReadOnlySpan<byte> bytes)
        {
            Length += bytes.Length;
            if (Length > maxBytes)
            {
                _data = null; // over the limit: drop what was kept, keep counting
            }
            else
            {
                _data?.Write(bytes);
            }
        }

        public byte[] ToArray() => _data is null ? [] : _data.WrittenSpan.ToArray();
    }
}
