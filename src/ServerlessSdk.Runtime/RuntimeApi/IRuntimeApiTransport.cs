using System.Net;
using System.Net.Sockets;

namespace ServerlessSdk.Runtime.RuntimeApi;

/// <summary>A connected byte stream to the Runtime API.</summary>
internal interface IRuntimeApiTransport : IDisposable
{
    void Send(ReadOnlySpan<byte> data);

    /// <returns>Bytes read; 0 when the peer closed the connection.</returns>
    int Receive(Span<byte> buffer);

    /// <summary>Without blocking: whether the peer has already closed (or reset) the connection.</summary>
    bool PeerClosed();
}

internal static class RuntimeApiTransport
{
    /// <summary>
    /// On Linux, where functions run, the transport is plain libc calls; elsewhere (a JIT probe on macOS or
    /// Windows) it is <see cref="Socket"/>. The Native AOT compiler folds <see cref="OperatingSystem.IsLinux"/>
    /// for the target, so a Linux bootstrap carries no System.Net.Sockets code at all.
    /// </summary>
    public static IRuntimeApiTransport Connect(string host, int port)
    {
        if (OperatingSystem.IsLinux())
        {
            return LibcTransport.Connect(new IPEndPoint(Resolve(host), port));
        }

        return SocketTransport.Connect(IPAddress.TryParse(host, out var address) ? new IPEndPoint(address, port) : new DnsEndPoint(host, port));
    }

    // Lambda gives an IP literal (127.0.0.1:9001); a host name only appears under local tools.
    internal static IPAddress Resolve(string host)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            return address;
        }

        try
        {
            return Dns.GetHostAddresses(host) is [var first, ..]
                ? first
                : throw new RuntimeApiException($"The Runtime API host '{host}' has no address.");
        }
        catch (SocketException ex)
        {
            throw new RuntimeApiException($"Cannot resolve the Runtime API host '{host}': {ex.SocketErrorCode}.", ex);
        }
    }
}

/// <summary>The portable transport.</summary>
internal sealed class SocketTransport(Socket socket) : IRuntimeApiTransport
{
    public static SocketTransport Connect(EndPoint endPoint)
    {
        var socket = endPoint is IPEndPoint ip
            ? new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp)
            : new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.NoDelay = true;
        try
        {
            socket.Connect(endPoint);
            return new SocketTransport(socket);
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            throw new RuntimeApiException($"Cannot connect to the Runtime API at {endPoint}: {ex.SocketErrorCode}.", ex);
        }
    }

    public void Send(ReadOnlySpan<byte> data)
    {
        try
        {
            while (!data.IsEmpty)
            {
                data = data[socket.Send(data)..];
            }
        }
        catch (SocketException ex)
        {
            throw new TransportException(ex.Message, ex);
        }
    }

    public int Receive(Span<byte> buffer)
    {
        try
        {
            return socket.Receive(buffer);
        }
        catch (SocketException ex)
        {
            throw new TransportException(ex.Message, ex);
        }
    }

    public bool PeerClosed()
    {
        try
        {
            // Readable with nothing to read is the peer's FIN (or a reset).
            return socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    public void Dispose() => socket.Dispose();
}

/// <summary>A connection failed after it was established (reset, broken pipe).</summary>
internal sealed class TransportException(string message, Exception? inner = null) : Exception(message, inner);
