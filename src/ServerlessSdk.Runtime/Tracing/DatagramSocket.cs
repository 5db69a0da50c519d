using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using ServerlessSdk.Runtime.RuntimeApi;

namespace ServerlessSdk.Runtime.Tracing;

/// <summary>A UDP socket connected to one peer; sending never blocks and never throws.</summary>
/// <remarks>
/// Trace data is best effort: a daemon that is not there (a refused port surfaces as an error on a later send) must not
/// fail an invocation, so send errors are ignored.
/// </remarks>
internal abstract class DatagramSocket : IDisposable
{
    /// <summary>
    /// On Linux, libc's calls, like the Runtime API transport, so a bootstrap carries no System.Net.Sockets code;
    /// elsewhere <see cref="Socket"/>.
    /// </summary>
    public static DatagramSocket Connect(IPEndPoint endPoint) =>
        OperatingSystem.IsLinux() ? LibcDatagramSocket.Open(endPoint) : ManagedDatagramSocket.Open(endPoint);

    public abstract void Send(ReadOnlySpan<byte> datagram);

    public abstract void Dispose();
}

internal sealed partial class LibcDatagramSocket : DatagramSocket
{
    private const string Libc = "libc.so.6";
    private const int SOCK_DGRAM = 2;
    private const int SOCK_CLOEXEC = 0x80000;
    private const int IPPROTO_UDP = 17;
    private const int MSG_NOSIGNAL = 0x4000;
    private const int MSG_DONTWAIT = 0x40;

    private int _fd;

    private LibcDatagramSocket(int fd) => _fd = fd;

    public static unsafe LibcDatagramSocket Open(IPEndPoint endPoint)
    {
        var family = endPoint.AddressFamily == AddressFamily.InterNetworkV6 ? LibcTransport.AF_INET6 : LibcTransport.AF_INET;
        var fd = socket(family, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);
        if (fd < 0)
        {
            throw new IOException($"socket() failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        Span<byte> address = stackalloc byte[28];
        var length = LibcTransport.WriteSockAddr(endPoint, family, address);
        fixed (byte* pointer = address)
        {
            // A UDP connect only records the peer: no packet is sent.
            if (connect(fd, pointer, length) < 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                _ = close(fd);
                throw new IOException($"connect() to {endPoint} failed: errno {errno}.");
            }
        }

        return new LibcDatagramSocket(fd);
    }

    public override unsafe void Send(ReadOnlySpan<byte> datagram)
    {
        fixed (byte* pointer = datagram)
        {
            _ = send(_fd, pointer, datagram.Length, MSG_NOSIGNAL | MSG_DONTWAIT);
        }
    }

    public override void Dispose()
    {
        if (_fd >= 0)
        {
            _ = close(_fd);
            _fd = -1;
        }
    }

    [LibraryImport(Libc, SetLastError = true)]
    private static partial int socket(int domain, int type, int protocol);

    [LibraryImport(Libc, SetLastError = true)]
    private static unsafe partial int connect(int fd, byte* address, int length);

    [LibraryImport(Libc, SetLastError = true)]
    private static unsafe partial nint send(int fd, byte* buffer, nint length, int flags);

    [LibraryImport(Libc, SetLastError = true)]
    private static partial int close(int fd);
}

internal sealed class ManagedDatagramSocket(Socket socket) : DatagramSocket
{
    public static ManagedDatagramSocket Open(IPEndPoint endPoint)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { Blocking = false };
        socket.Connect(endPoint);
        return new ManagedDatagramSocket(socket);
    }

    public override void Send(ReadOnlySpan<byte> datagram)
    {
        try
        {
            socket.Send(datagram);
        }
        catch (SocketException)
        {
            // Best effort, as above.
        }
    }

    public override void Dispose() => socket.Dispose();
}
