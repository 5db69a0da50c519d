using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace ServerlessSdk.Emulator.Tests;

/// <summary>A hand-driven HTTP/1.1 client over one socket, for what HttpClient hides: framing and connection reuse.</summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;

    private RawHttpConnection(TcpClient client)
    {
        _client = client;
        _stream = client.GetStream();
    }

    public static async Task<RawHttpConnection> OpenAsync(int port)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", port);
        return new RawHttpConnection(client);
    }

    public async Task SendAsync(string text) => await SendAsync(Encoding.UTF8.GetBytes(text));

    public async Task SendAsync(byte[] bytes) => await _stream.WriteAsync(bytes);

    /// <summary>Reads one response: status, headers, and a Content-Length body.</summary>
    public async Task<RawResponse> ReadResponseAsync()
    {
        var statusLine = await ReadLineAsync() ?? throw new EndOfStreamException("connection closed");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (await ReadLineAsync() is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon]] = line[(colon + 1)..].Trim();
        }

        var body = new byte[headers.TryGetValue("Content-Length", out var length) ? int.Parse(length, CultureInfo.InvariantCulture) : 0];
        await _stream.ReadExactlyAsync(body);
        return new RawResponse(int.Parse(statusLine.Split(' ')[1], CultureInfo.InvariantCulture), headers, Encoding.UTF8.GetString(body));
    }

    /// <summary>True when the server closed the connection (read returns end of stream).</summary>
    public async Task<bool> IsClosedByServerAsync()
    {
        var buffer = new byte[1];
        try
        {
            return await _stream.ReadAsync(buffer) == 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string?> ReadLineAsync()
    {
        var line = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await _stream.ReadAsync(one) == 0)
            {
                return line.Count == 0 ? null : throw new EndOfStreamException("connection closed mid-line");
            }

            if (one[0] == '\n')
            {
                return Encoding.UTF8.GetString(line.ToArray()).TrimEnd('\r');
            }

            line.Add(one[0]);
        }
    }
}

internal sealed record RawResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body);
