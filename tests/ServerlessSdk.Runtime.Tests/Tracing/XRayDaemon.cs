using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ServerlessSdk.Runtime.Tests.Tracing;

/// <summary>A stand-in for the X-Ray daemon: a UDP socket on loopback that keeps every datagram it receives.</summary>
internal sealed class XRayDaemon : IDisposable
{
    private readonly UdpClient _udp = new(new IPEndPoint(IPAddress.Loopback, 0));

    public string Address => $"127.0.0.1:{((IPEndPoint)_udp.Client.LocalEndPoint!).Port}";

    /// <summary>The datagrams that arrive within <paramref name="wait"/> of each other, up to <paramref name="count"/>.</summary>
    public async Task<List<string>> ReceiveAsync(int count, TimeSpan wait)
    {
        var received = new List<string>();
        while (received.Count < count)
        {
            try
            {
                var result = await _udp.ReceiveAsync().WaitAsync(wait);
                received.Add(Encoding.UTF8.GetString(result.Buffer));
            }
            catch (TimeoutException)
            {
                break;
            }
        }

        return received;
    }

    /// <summary>Checks the header line and returns the segment document after it.</summary>
    public static JsonElement Document(string datagram)
    {
        const string header = "{\"format\": \"json\", \"version\": 1}\n";
        Assert.StartsWith(header, datagram, StringComparison.Ordinal);
        return JsonDocument.Parse(datagram[header.Length..]).RootElement;
    }

    public void Dispose() => _udp.Dispose();
}
