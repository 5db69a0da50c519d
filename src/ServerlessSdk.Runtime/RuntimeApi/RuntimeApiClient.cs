using System.Buffers.Text;
using System.Text;
using System.Text.Unicode;

namespace ServerlessSdk.Runtime.RuntimeApi;

/// <summary>
/// HTTP/1.1 client for the Lambda Runtime API over one keep-alive socket.
/// </summary>
/// <remarks>
/// The Runtime API is a local, trusted, plain-HTTP endpoint with a handful of fixed requests, so a
/// purpose-built client on a blocking socket beats <c>HttpClient</c> on cold start (no handler
/// pipeline, TLS, proxy or connection-pool machinery to initialise) and on binary size.
/// Calls are sequential: one invocation at a time, as Lambda's execution model guarantees.
/// </remarks>
internal sealed class RuntimeApiClient : IDisposable
{
    private const string UserAgent = "serverlesssdk-runtime/0.1";
    private const int InitialBufferSize = 64 * 1024;
    // Lambda's largest header is the client context, at most 3,583 bytes; a longer line refuses its invocation.
    internal const int MaxHeaderLineBytes = 64 * 1024;

    private readonly string _authority;
    private readonly string _host;
    private readonly int _port;
    private readonly byte[] _nextRequest;
    private byte[] _head = new byte[4096];
    private IRuntimeApiTransport? _transport;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private byte[]? _chunkedBody;

    public RuntimeApiClient(string authority)
    {
        _authority = authority;
        (_host, _port) = ParseAuthority(authority);
        _nextRequest = Encoding.ASCII.GetBytes(
            $"GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: {authority}\r\nUser-Agent: {UserAgent}\r\n\r\n");
    }

    /// <summary>Long-polls for the next invocation (no client-side timeout, as the API requires).</summary>
    public NextInvocation GetNext()
    {
        // A resendable exchange always has an answer: a drop is retried, or thrown.
        var response = Exchange(_nextRequest, default, resendable: true)!;
        if (response.Status != 200)
        {
            throw new RuntimeApiException(
                $"GET /runtime/invocation/next answered HTTP {response.Status}: {Preview(response.Body.Span)}");
        }

        if (response.RequestId is null)
        {
            throw new RuntimeApiException("GET /runtime/invocation/next answered without a Lambda-Runtime-Aws-Request-Id header.");
        }

        return new NextInvocation(
            response.RequestId,
            response.DeadlineEpochMs,
            response.FunctionArn,
            response.TraceId,
            response.ClientContext,
            response.CognitoIdentity,
            response.Body,
            Refusal(response));
    }

    private static string? Refusal(Response response)
    {
        if (response.Truncated)
        {
            return response.Chunked || response.ContentLength == 0
                ? "The Runtime API connection dropped before the event arrived whole."
                : $"The Runtime API connection dropped before the event arrived whole ({response.ContentLength} bytes announced).";
        }

        return response.OversizedHeader is { } name
            ? $"The invocation's {name} header is over {MaxHeaderLineBytes} bytes, more than any Lambda sends (the largest, the client context, is at most 3,583 bytes)."
            : null;
    }

    /// <summary>Posts an invocation's response; returns the HTTP status and body the API answered with.</summary>
    public PostResult PostResponse(string requestId, ReadOnlySpan<byte> body) =>
        Post($"/2018-06-01/runtime/invocation/{requestId}/response", "application/json", errorType: null, body);

    /// <summary>Posts an invocation error document.</summary>
    public PostResult PostError(string requestId, string errorType, ReadOnlySpan<byte> errorDocument) =>
        Post($"/2018-06-01/runtime/invocation/{requestId}/error", ErrorDocument.ContentType, errorType, errorDocument);

    /// <summary>Posts an initialisation error document.</summary>
    public PostResult PostInitError(string errorType, ReadOnlySpan<byte> errorDocument) =>
        Post("/2018-06-01/runtime/init/error", ErrorDocument.ContentType, errorType, errorDocument);

    public void Dispose() => CloseConnection();

    // Lambda takes one response (or error) per request id and refuses any later post for it, so a post must not be
    // sent twice: once its bytes are all written, a connection that drops before the answer arrives leaves the post
    // unanswered (Lambda may well have it) rather than re-posting it, and the loop goes on to /next on a new
    // connection. What could otherwise be lost is the post written into a connection the Runtime API had already
    // closed while the function worked; a kept-alive connection is checked for that before each post.
    private PostResult Post(string path, string contentType, string? errorType, ReadOnlySpan<byte> body)
    {
        var head = FormatPostHead(path, contentType, errorType, body.Length);
        var response = Exchange(head, body, resendable: false);
        return response is null ? PostResult.Unanswered : new PostResult(response.Status, Preview(response.Body.Span));
    }

    private ReadOnlySpan<byte> FormatPostHead(string path, string contentType, string? errorType, int contentLength)
    {
        var errorHeader = errorType is null ? string.Empty : $"Lambda-Runtime-Function-Error-Type: {HeaderSafe(errorType)}\r\n";
        // The path holds the request id, as long as the Runtime API made it (a header line, so bounded): grow to fit.
        int written;
        while (!Utf8.TryWrite(
                   _head,
                   $"POST {path} HTTP/1.1\r\nHost: {_authority}\r\nUser-Agent: {UserAgent}\r\nContent-Type: {contentType}\r\n{errorHeader}Content-Length: {contentLength}\r\n\r\n",
                   out written))
        {
            _head = new byte[_head.Length * 2];
        }

        return _head.AsSpan(0, written);
    }

    // Header values cannot carry line breaks; error types come from exception type names, so this is defensive.
    private static string HeaderSafe(string value)
    {
        var clean = value.Replace('\r', ' ').Replace('\n', ' ');
        return clean.Length <= 256 ? clean : clean[..256];
    }

    // resendable: whether the request may go out again after it was sent whole; when not, a drop before the
    // answer returns null.
    private Response? Exchange(ReadOnlySpan<byte> head, ReadOnlySpan<byte> body, bool resendable)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (!resendable && _transport?.PeerClosed() == true)
            {
                CloseConnection();
            }

            var reused = _transport is not null;
            var transport = EnsureConnected();
            var sent = false;
            try
            {
                transport.Send(head);
                if (!body.IsEmpty)
                {
                    transport.Send(body);
                }

                sent = true;
                return ReadResponse(transport);
            }
            catch (Exception ex) when (ex is TransportException or ConnectionClosedException)
            {
                CloseConnection();
                if (sent && !resendable)
                {
                    return null;
                }

                // A kept-alive connection the server closed while idle gets one fresh attempt;
                // anything else means the Runtime API is gone.
                if (!reused || attempt > 0)
                {
                    throw new RuntimeApiException($"The Runtime API at {_authority} closed the connection: {ex.Message}", ex);
                }
            }
        }
    }

    private IRuntimeApiTransport EnsureConnected()
    {
        if (_transport is not null)
        {
            return _transport;
        }

        _start = _end = 0;
        return _transport = RuntimeApiTransport.Connect(_host, _port);
    }

    private Response ReadResponse(IRuntimeApiTransport transport)
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }

        var response = new Response();
        try
        {
            ReadHead(transport, response);
            if (response.Chunked)
            {
                response.Body = ReadChunkedBody(transport);
            }
            else
            {
                var length = response.ContentLength;
                EnsureAvailable(transport, length);
                response.Body = _buffer.AsMemory(_start, length);
                _start += length;
            }
        }
        catch (Exception ex) when (ex is TransportException or ConnectionClosedException && response is { Status: 200, RequestId: not null })
        {
            // An invocation that was handed out (Lambda now counts it as running) but arrived incomplete: asking /next
            // again would drop it without a word, so it is returned for the loop to refuse by its request id.
            CloseConnection();
            response.Truncated = true;
            response.Body = default;
            return response;
        }

        if (response.ConnectionClose)
        {
            CloseConnection();
        }

        return response;
    }

    // Line by line, so that memory is bounded by one line and a header past the limit costs one invocation, not the
    // process: the line is read through and discarded, the invocation marked oversized, and the headers after it
    // (the request id among them) still read.
    private void ReadHead(IRuntimeApiTransport transport, Response response)
    {
        var statusEnd = ReadHeadLine(transport, out _);
        if (statusEnd < 0)
        {
            throw new RuntimeApiException($"The Runtime API sent a status line over {MaxHeaderLineBytes} bytes.");
        }

        response.Status = ParseStatus(_buffer.AsSpan(_start, statusEnd - _start));
        _start = statusEnd + 2;
        while (true)
        {
            var lineEnd = ReadHeadLine(transport, out var skippedName);
            if (lineEnd < 0)
            {
                response.OversizedHeader ??= skippedName ?? "(unnamed)";
                continue;
            }

            var line = _buffer.AsSpan(_start, lineEnd - _start);
            _start = lineEnd + 2;
            if (line.IsEmpty)
            {
                return;
            }

            var colon = line.IndexOf((byte)':');
            if (colon > 0)
            {
                response.SetHeader(line[..colon], line[(colon + 1)..].Trim((byte)' '));
            }
        }
    }

    /// <returns>
    /// The index of the line's CR, or -1 when the line ran over <see cref="MaxHeaderLineBytes"/>: it was then read
    /// through and discarded, and <paramref name="skippedName"/> is its header name when that came first.
    /// </returns>
    private int ReadHeadLine(IRuntimeApiTransport transport, out string? skippedName)
    {
        skippedName = null;
        // Offsets are relative to _start because Receive may compact the buffer.
        var scanned = 0;
        while (true)
        {
            var index = _buffer.AsSpan(_start + scanned, _end - _start - scanned).IndexOf("\r\n"u8);
            if (index >= 0)
            {
                return _start + scanned + index;
            }

            if (_end - _start > MaxHeaderLineBytes)
            {
                skippedName = HeaderName(_buffer.AsSpan(_start, _end - _start));
                SkipRestOfLine(transport);
                return -1;
            }

            scanned = Math.Max(0, _end - _start - 1);
            Receive(transport);
        }
    }

    private void SkipRestOfLine(IRuntimeApiTransport transport)
    {
        while (true)
        {
            // Keep a trailing CR: it may be the first half of the line's CRLF.
            _start = _buffer[_end - 1] == (byte)'\r' ? _end - 1 : _end;
            Receive(transport);
            var index = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (index >= 0)
            {
                _start += index + 2;
                return;
            }
        }
    }

    private static string? HeaderName(ReadOnlySpan<byte> line)
    {
        var colon = line.IndexOf((byte)':');
        return colon <= 0 ? null : Encoding.ASCII.GetString(line[..Math.Min(colon, 128)]);
    }

    /// <summary>Makes sure <paramref name="count"/> unread bytes are in the buffer, growing it if needed.</summary>
    private void EnsureAvailable(IRuntimeApiTransport transport, int count)
    {
        while (_end - _start < count)
        {
            Receive(transport, count);
        }
    }

    private void Receive(IRuntimeApiTransport transport, int wanted = 0)
    {
        if (_end == _buffer.Length || _buffer.Length - _start < wanted)
        {
            Compact(Math.Max(wanted, _end - _start) + InitialBufferSize);
        }

        var read = transport.Receive(_buffer.AsSpan(_end));
        if (read == 0)
        {
            throw new ConnectionClosedException();
        }

        _end += read;
    }

    private void Compact(int minimumSize)
    {
        var unread = _end - _start;
        var target = _buffer.Length >= minimumSize ? _buffer : new byte[Math.Max(minimumSize, _buffer.Length * 2)];
        Buffer.BlockCopy(_buffer, _start, target, 0, unread);
        _buffer = target;
        _start = 0;
        _end = unread;
    }

    private ReadOnlyMemory<byte> ReadChunkedBody(IRuntimeApiTransport transport)
    {
        var length = 0;
        while (true)
        {
            var lineEnd = ReadLine(transport);
            var sizeText = _buffer.AsSpan(_start, lineEnd - _start);
            var semicolon = sizeText.IndexOf((byte)';');
            if (semicolon >= 0)
            {
                sizeText = sizeText[..semicolon];
            }

            if (!Utf8Parser.TryParse(sizeText.Trim((byte)' '), out int size, out _, 'x') || size < 0)
            {
                throw new RuntimeApiException("The Runtime API sent a malformed chunk size.");
            }

            _start = lineEnd + 2;
            if (size == 0)
            {
                // Skip trailers up to the empty line.
                while (true)
                {
                    var trailerEnd = ReadLine(transport);
                    var empty = trailerEnd == _start;
                    _start = trailerEnd + 2;
                    if (empty)
                    {
                        return (_chunkedBody ?? []).AsMemory(0, length);
                    }
                }
            }

            EnsureAvailable(transport, size + 2);
            if (_chunkedBody is null || _chunkedBody.Length < length + size)
            {
                Array.Resize(ref _chunkedBody, Math.Max(length + size, (_chunkedBody?.Length ?? 0) * 2));
            }

            _buffer.AsSpan(_start, size).CopyTo(_chunkedBody.AsSpan(length));
            length += size;
            _start += size + 2;
        }
    }

    private int ReadLine(IRuntimeApiTransport transport)
    {
        while (true)
        {
            var index = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (index >= 0)
            {
                return _start + index;
            }

            Receive(transport);
        }
    }

    // "HTTP/1.1 200 OK"
    private static int ParseStatus(ReadOnlySpan<byte> statusLine)
    {
        if (statusLine.Length < 12 || !statusLine.StartsWith("HTTP/1."u8)
            || !Utf8Parser.TryParse(statusLine.Slice(9, 3), out int status, out _))
        {
            throw new RuntimeApiException($"The Runtime API sent a malformed status line: {Preview(statusLine)}");
        }

        return status;
    }

    private void CloseConnection()
    {
        _transport?.Dispose();
        _transport = null;
        _start = _end = 0;
    }

    private static string Preview(ReadOnlySpan<byte> bytes) =>
        Encoding.UTF8.GetString(bytes.Length > 512 ? bytes[..512] : bytes);

    private static (string Host, int Port) ParseAuthority(string authority)
    {
        var colon = authority.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(authority.AsSpan(colon + 1), out var port) || port is <= 0 or > 65535)
        {
            throw new RuntimeApiException($"AWS_LAMBDA_RUNTIME_API must be host:port, got '{authority}'.");
        }

        return (authority[..colon], port);
    }

    private sealed class ConnectionClosedException() : Exception("connection closed by peer");

    private sealed class Response
    {
        public int Status;
        public int ContentLength;
        public bool Chunked;
        public bool ConnectionClose;
        public bool Truncated;
        public string? OversizedHeader;
        public string? RequestId;
        public long DeadlineEpochMs;
        public string? FunctionArn;
        public string? TraceId;
        public string? ClientContext;
        public string? CognitoIdentity;
        public ReadOnlyMemory<byte> Body;

        public void SetHeader(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
        {
            if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            {
                if (!Utf8Parser.TryParse(value, out ContentLength, out _) || ContentLength < 0)
                {
                    throw new RuntimeApiException("The Runtime API sent a malformed Content-Length.");
                }
            }
            else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
            {
                Chunked = Ascii.EqualsIgnoreCase(value, "chunked"u8);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Connection"u8))
            {
                ConnectionClose = Ascii.EqualsIgnoreCase(value, "close"u8);
            }
            else if (name.Length > 15 && Ascii.EqualsIgnoreCase(name[..15], "Lambda-Runtime-"u8))
            {
                SetLambdaHeader(name[15..], value);
            }
        }

        private void SetLambdaHeader(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value)
        {
            if (Ascii.EqualsIgnoreCase(name, "Aws-Request-Id"u8))
            {
                RequestId = Encoding.UTF8.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Deadline-Ms"u8))
            {
                _ = Utf8Parser.TryParse(value, out DeadlineEpochMs, out _);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Invoked-Function-Arn"u8))
            {
                FunctionArn = Encoding.UTF8.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Trace-Id"u8))
            {
                TraceId = Encoding.UTF8.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Client-Context"u8))
            {
                ClientContext = Encoding.UTF8.GetString(value);
            }
            else if (Ascii.EqualsIgnoreCase(name, "Cognito-Identity"u8))
            {
                CognitoIdentity = Encoding.UTF8.GetString(value);
            }
        }
    }
}
