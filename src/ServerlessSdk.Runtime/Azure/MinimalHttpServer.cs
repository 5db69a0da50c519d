using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServerlessSdk.Runtime.Azure;

/// <summary>
/// The smallest HTTP/1.1 server the Functions host needs: loopback only, keep-alive, Content-Length and chunked
/// request bodies, one request at a time per connection and connections served concurrently. Chosen over Kestrel by
/// measurement (docs/performance.md#azure-custom-handler): Kestrel adds megabytes and milliseconds to a process whose
/// only client is the host on the same machine.
/// </summary>
internal sealed class MinimalHttpServer : IDisposable
{
    private const int MaxHeaderBytes = 64 * 1024;
    private const int MaxBodyBytes = 210 * 1024 * 1024; // above the Functions host's own 100 MB request limit

    private readonly Socket _listener;
    private readonly Func<RawHttpRequest, ValueTask<RawHttpResponse>> _handler;
    private readonly CancellationTokenSource _stopping = new();
    private int _active;

    public MinimalHttpServer(int port, Func<RawHttpRequest, ValueTask<RawHttpResponse>> handler)
    {
        _handler = handler;
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
        _listener.Listen(512);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    /// <summary>Requests being handled right now.</summary>
    public int Active => Volatile.Read(ref _active);

    public async Task ServeAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            connection.NoDelay = true;
            _ = ServeConnectionAsync(connection);
        }
    }

    /// <summary>Stops accepting connections; requests in flight finish.</summary>
    public void StopAccepting()
    {
        _stopping.Cancel();
        _listener.Dispose();
    }

    public void Dispose()
    {
        StopAccepting();
        _stopping.Dispose();
    }

    private async Task ServeConnectionAsync(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: true);
        var reader = new RequestReader(stream);
        try
        {
            while (true)
            {
                var request = await reader.ReadAsync().ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                Interlocked.Increment(ref _active);
                RawHttpResponse response;
                try
                {
                    response = await _handler(request).ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref _active);
                }

                var close = _stopping.IsCancellationRequested || string.Equals(request.Header("connection"), "close", StringComparison.OrdinalIgnoreCase);
                await WriteAsync(stream, request.Method == "HEAD", response, close).ConfigureAwait(false);
                if (close)
                {
                    return;
                }
            }
        }
        catch (BadRequestException ex)
        {
            await TryWriteAsync(stream, RawHttpResponse.Text(ex.Status, ex.Message)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // The host closed the connection.
        }
    }

    private static async Task TryWriteAsync(Stream stream, RawHttpResponse response)
    {
        try
        {
            await WriteAsync(stream, headOnly: false, response, close: true).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
        }
    }

    private static async Task WriteAsync(Stream stream, bool headOnly, RawHttpResponse response, bool close)
    {
        var head = new StringBuilder(256);
        head.Append("HTTP/1.1 ").Append(response.Status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Reason(response.Status)).Append("\r\n");
        foreach (var (name, value) in response.Headers)
        {
            if (!name.Equals("content-length", StringComparison.OrdinalIgnoreCase) && !name.Equals("transfer-encoding", StringComparison.OrdinalIgnoreCase) && !name.Equals("connection", StringComparison.OrdinalIgnoreCase))
            {
                head.Append(name).Append(": ").Append(value.Replace('\r', ' ').Replace('\n', ' ')).Append("\r\n");
            }
        }

        head.Append("content-length: ").Append(response.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        if (close)
        {
            head.Append("connection: close\r\n");
        }

        head.Append("\r\n");
        var bytes = Encoding.UTF8.GetBytes(head.ToString());
        if (!headOnly && response.Body.Length > 0 && response.Body.Length < 16 * 1024)
        {
            // One write for a small response: one segment on the wire.
            var combined = new byte[bytes.Length + response.Body.Length];
            bytes.CopyTo(combined, 0);
            response.Body.CopyTo(combined, bytes.Length);
            await stream.WriteAsync(combined).ConfigureAwait(false);
            return;
        }

        await stream.WriteAsync(bytes).ConfigureAwait(false);
        if (!headOnly && response.Body.Length > 0)
        {
            await stream.WriteAsync(response.Body).ConfigureAwait(false);
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        413 => "Payload Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        _ => "Status",
    };

    private sealed class BadRequestException(int status, string message) : Exception(message)
    {
        public int Status { get; } = status;
    }

    /// <summary>Reads requests off one connection, keeping bytes that arrived beyond the current request.</summary>
    private sealed class RequestReader(Stream stream)
    {
        private byte[] _buffer = new byte[8192];
        private int _start;
        private int _end;

        public async ValueTask<RawHttpRequest?> ReadAsync()
        {
            int headerEnd;
            while ((headerEnd = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8)) < 0)
            {
                if (_end - _start >= MaxHeaderBytes)
                {
                    throw new BadRequestException(431, "Request headers are too large.");
                }

                if (!await FillAsync().ConfigureAwait(false))
                {
                    if (_end > _start)
                    {
                        throw new BadRequestException(400, "The connection closed inside a request.");
                    }

                    return null;
                }
            }

            var head = Encoding.Latin1.GetString(_buffer, _start, headerEnd);
            _start += headerEnd + 4;
            var lines = head.Split("\r\n");
            var requestLine = lines[0].Split(' ');
            if (requestLine.Length != 3 || !requestLine[2].StartsWith("HTTP/1.", StringComparison.Ordinal))
            {
                throw new BadRequestException(400, "Malformed request line.");
            }

            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 1; i < lines.Length; i++)
            {
                var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw new BadRequestException(400, "Malformed header line.");
                }

                var name = lines[i][..colon].Trim().ToLowerInvariant();
                var value = lines[i][(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var existing) ? existing + (name == "cookie" ? "; " : ",") + value : value;
            }

            if (headers.TryGetValue("expect", out var expect) && expect.Equals("100-continue", StringComparison.OrdinalIgnoreCase))
            {
                await stream.WriteAsync("HTTP/1.1 100 Continue\r\n\r\n"u8.ToArray()).ConfigureAwait(false);
            }

            var body = headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
                ? await ReadChunkedAsync().ConfigureAwait(false)
                : await ReadLengthAsync(headers.TryGetValue("content-length", out var length) ? length : null).ConfigureAwait(false);
            return new RawHttpRequest(requestLine[0], requestLine[1], headers, body);
        }

        private async ValueTask<byte[]> ReadLengthAsync(string? header)
        {
            if (header is null)
            {
                return [];
            }

            if (!int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > MaxBodyBytes)
            {
                throw new BadRequestException(413, "Content-Length is invalid or too large.");
            }

            return await TakeAsync(length).ConfigureAwait(false);
        }

        private async ValueTask<byte[]> ReadChunkedAsync()
        {
            var body = new ArrayBufferWriter<byte>();
            while (true)
            {
                var line = await ReadLineAsync().ConfigureAwait(false);
                var semicolon = line.IndexOf(';', StringComparison.Ordinal);
                var size = semicolon >= 0 ? line[..semicolon] : line;
                if (!int.TryParse(size.Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var length) || length < 0 || body.WrittenCount + length > MaxBodyBytes)
                {
                    throw new BadRequestException(400, "Malformed chunk size.");
                }

                if (length == 0)
                {
                    // Trailers, then the blank line.
                    while ((await ReadLineAsync().ConfigureAwait(false)).Length > 0)
                    {
                    }

                    return body.WrittenSpan.ToArray();
                }

                body.Write(await TakeAsync(length).ConfigureAwait(false));
                await ReadLineAsync().ConfigureAwait(false);
            }
        }

        private async ValueTask<string> ReadLineAsync()
        {
            int end;
            while ((end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8)) < 0)
            {
                if (_end - _start >= MaxHeaderBytes || !await FillAsync().ConfigureAwait(false))
                {
                    throw new BadRequestException(400, "Malformed chunked body.");
                }
            }

            var line = Encoding.Latin1.GetString(_buffer, _start, end);
            _start += end + 2;
            return line;
        }

        private async ValueTask<byte[]> TakeAsync(int length)
        {
            var result = new byte[length];
            var copied = Math.Min(length, _end - _start);
            _buffer.AsSpan(_start, copied).CopyTo(result);
            _start += copied;
            while (copied < length)
            {
                var read = await stream.ReadAsync(result.AsMemory(copied)).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new BadRequestException(400, "The connection closed inside a request body.");
                }

                copied += read;
            }

            return result;
        }

        private async ValueTask<bool> FillAsync()
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = await stream.ReadAsync(_buffer.AsMemory(_end)).ConfigureAwait(false);
            _end += read;
            return read > 0;
        }
    }
}
