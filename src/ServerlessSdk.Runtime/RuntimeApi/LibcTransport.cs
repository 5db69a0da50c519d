using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace ServerlessSdk.Runtime.RuntimeApi;

/// <summary>
/// Blocking TCP over libc's socket calls. <see cref="Socket"/> on Linux sets up its epoll engine and
/// a thread on first use; the Runtime API loop needs none of that, and skipping it shortens cold start.
/// </summary>
internal sealed partial class LibcTransport : IRuntimeApiTransport
{
    // The soname glibc's loader already has mapped: "libc" alone makes the runtime probe for libc.so,
    // liblibc.so, ... through every LD_LIBRARY_PATH folder Lambda sets, about a hundred failed opens.
    private const string Libc = "libc.so.6";
    internal const int AF_INET = 2;
    internal const int AF_INET6 = 10;
    private const int SOCK_STREAM = 1;
    private const int SOCK_CLOEXEC = 0x80000;
    private const int IPPROTO_TCP = 6;
    private const int TCP_NODELAY = 1;
    private const int MSG_NOSIGNAL = 0x4000; // a closed peer must be an error, not a SIGPIPE that kills the process
    private const int MSG_PEEK = 0x2;
    private const int MSG_DONTWAIT = 0x40;
    private const int EINTR = 4;
    private const int EAGAIN = 11;

    private int _fd;

    private LibcTransport(int fd) => _fd = fd;

    public static unsafe LibcTransport Connect(IPEndPoint endPoint)
    {
        var family = endPoint.AddressFamily == AddressFamily.InterNetworkV6 ? AF_INET6 : AF_INET;
        var fd = socket(family, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
        if (fd < 0)
        {
            throw new RuntimeApiException($"socket() failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        var noDelay = 1;
        _ = setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof(int));

        Span<byte> address = stackalloc byte[28];
        var length = WriteSockAddr(endPoint, family, address);
        int result;
        fixed (byte* pointer = address)
        {
            do
            {
                result = connect(fd, pointer, length);
            }
            while (result < 0 && Marshal.GetLastPInvokeError() == EINTR);
        }

        if (result < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            _ = close(fd);
            throw new RuntimeApiException($"Cannot connect to the Runtime API at {endPoint}: errno {errno} ({Marshal.GetPInvokeErrorMessage(errno)}).");
        }

        return new LibcTransport(fd);
    }

    public unsafe void Send(ReadOnlySpan<byte> data)
    {
        fixed (byte* pointer = data)
        {
            var offset = 0;
            while (offset < data.Length)
            {
                var sent = send(_fd, pointer + offset, data.Length - offset, MSG_NOSIGNAL);
                if (sent < 0)
                {
                    ThrowUnlessInterrupted("send");
                    continue;
                }

                offset += (int)sent;
            }
        }
    }

    public unsafe int Receive(Span<byte> buffer)
    {
        fixed (byte* pointer = buffer)
        {
            while (true)
            {
                var read = recv(_fd, pointer, buffer.Length, 0);
                if (read >= 0)
                {
                    return (int)read;
                }

                ThrowUnlessInterrupted("recv");
            }
        }
    }

    public unsafe bool PeerClosed()
    {
        byte probe;
        while (true)
        {
            // Peeks without blocking: 0 is the peer's FIN, EAGAIN an open connection with nothing to read.
            var read = recv(_fd, &probe, 1, MSG_PEEK | MSG_DONTWAIT);
            if (read >= 0)
            {
                return read == 0;
            }

            var errno = Marshal.GetLastPInvokeError();
            if (errno != EINTR)
            {
                return errno != EAGAIN;
            }
        }
    }

    public void Dispose()
    {
        if (_fd >= 0)
        {
            _ = close(_fd);
            _fd = -1;
        }
    }

    private static void ThrowUnlessInterrupted(string call)
    {
        var errno = Marshal.GetLastPInvokeError();
        if (errno != EINTR)
        {
            throw new TransportException($"{call}() failed: errno {errno} ({Marshal.GetPInvokeErrorMessage(errno)})");
        }
    }

    /// <summary>Writes a <c>sockaddr_in</c> or <c>sockaddr_in6</c> (port in network byte order).</summary>
    internal static int WriteSockAddr(IPEndPoint endPoint, int family, Span<byte> destination)
    {
        destination.Clear();
        BitConverter.TryWriteBytes(destination, (ushort)family);
        destination[2] = (byte)(endPoint.Port >> 8);
        destination[3] = (byte)endPoint.Port;
        if (family == AF_INET)
        {
            endPoint.Address.TryWriteBytes(destination.Slice(4, 4), out _);
            return 16;
        }

        endPoint.Address.TryWriteBytes(destination.Slice(8, 16), out _);
        BitConverter.TryWriteBytes(destination.Slice(24, 4), (uint)endPoint.Address.ScopeId);
        return 28;
    }

    [LibraryImport(Libc, SetLastError = true)]
    private static partial int socket(int domain, int type, int protocol);

    [LibraryImport(Libc, SetLastError = true)]
    private static unsafe partial int setsockopt(int fd, int level, int name, void* value, int length);

    [LibraryImport(Libc, SetLastError = true)]
    private static unsafe partial int connect(int fd, byte* address, int length);

    [LibraryImport(Libc, SetLastError = true)]
    private static unsafe partial nint send(int fd, byte* buffer, nint length, int flags);

    [LibraryImport(Libc, SetLastError = true)]
    private static unsafe partial nint recv(int fd, byte* buffer, nint length, int flags);

    [LibraryImport(Libc, SetLastError = true)]
    private static partial int close(int fd);
}
