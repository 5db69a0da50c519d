using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ServerlessSdk.Runtime.Tests.RuntimeApi;

/// <summary>
/// A loopback server that answers each request with the next scripted raw HTTP response, recording
/// what it received: exact bytes on the wire, so the client's framing can be tested precisely.
/// </summary>
internal sealed class CannedRuntimeApi : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<(string? Response, bool Close)> _script = new();
    private readonly CancellationTokenSource _stop = new();

    public CannedRuntimeApi()
    {
        _listener.Start();
        _ = Task.Run(AcceptLoopAsync);
    }

    public string Authority => $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public ConcurrentQueue<string> Requests { get; } = new();

    public int Connections;

    /// <summary>Connections this server has closed (the script ran out, or a step closed it).</summary>
    public int ClosedConnections;

    public CannedRuntimeApi Then(string rawResponse, bool closeAfter = false)
    {
        _script.Enqueue((rawResponse, closeAfter));
        return this;
    }

    /// <summary>Reads the next request whole, then drops the connection without answering it.</summary>
    public CannedRuntimeApi ThenDrop()
    {
        _script.Enqueue((null, true));
        return this;
    }

    public const string SampledTraceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    public static string Next(string requestId, string body, string extraHeaders = "", string traceId = SampledTraceId) =>
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + $"Lambda-Runtime-Aws-Request-Id: {requestId}\r\nLambda-Runtime-Deadline-Ms: 1700000000000\r\n"
        + "Lambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:f\r\n"
        + $"Lambda-Runtime-Trace-Id: {traceId}\r\n"
        + extraHeaders
        + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

    /// <summary>An invocation whose head announces <paramref name="body"/> whole but that carries only its first half.</summary>
    public static string CutOffNext(string requestId, string body) => Next(requestId, body)[..^(body.Length / 2)];

    public const string ServerError = "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";

    public const string Accepted = "HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{\"status\":\"OK\"}";

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            Interlocked.Increment(ref Connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        try
        {
            await ServeRequestsAsync(client);
        }
        finally
        {
            client.Dispose();
            Interlocked.Increment(ref ClosedConnections);
        }
    }

    private async Task ServeRequestsAsync(Socket client)
    {
        using var stream = new NetworkStream(client);
        var pending = new List<byte>();
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var request = await ReadRequestAsync(stream, pending, buffer);
            if (request is null || !_script.TryDequeue(out var step))
            {
                return;
            }

            Requests.Enqueue(request);
            if (step.Response is not null)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(step.Response));
            }

            if (step.Close)
            {
                client.Shutdown(SocketShutdown.Both);
                return;
            }
        }
    }

    /// <summary>The requests received so far whose request line starts with <paramref name="prefix"/>.</summary>
    public int Count(string prefix) => Requests.Count(r => r.StartsWith(prefix, StringComparison.Ordinal));

    private static async Task<string?> ReadRequestAsync(NetworkStream stream, List<byte> pending, byte[] buffer)
    {
        while (true)
        {
            var text = Encoding.UTF8.GetString([.. pending]);
            var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0)
            {
                var lengthLine = text[..headEnd].Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                var length = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                var total = headEnd + 4 + length;
                if (pending.Count >= total)
                {
                    var request = Encoding.UTF8.GetString([.. pending.Take(total)]);
                    pending.RemoveRange(0, total);
                    return request;
                }
            }

            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                return null;
            }

            pending.AddRange(buffer.AsSpan(0, read).ToArray());
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
