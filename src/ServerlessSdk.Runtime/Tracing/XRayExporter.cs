using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ServerlessSdk.Runtime.RuntimeApi;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Tracing;

/// <summary>
/// Sends every activity a sampled invocation starts to the X-Ray daemon as a subsegment of the function segment
/// Lambda emits, one UDP datagram each as the activity stops.
/// </summary>
/// <remarks>
/// Lambda writes the function's own segment; its id is the <c>Parent</c> of the invocation's trace header, so the
/// activities directly under the invocation's activity hang from that id and deeper ones from their parent activity.
/// The invocation's activity itself is not sent: Lambda's segment already covers it. Unsampled invocations are
/// refused at sampling time, so their activities are never created (unless another listener wants them).
/// Sending as each activity stops means nothing is pending when the response is posted and Lambda freezes the
/// process; an activity still running then is not sent.
/// </remarks>
internal sealed class XRayExporter : IDisposable
{
    /// <summary>The header line every datagram to the daemon starts with.</summary>
    public static ReadOnlySpan<byte> Header => "{\"format\": \"json\", \"version\": 1}\n"u8;

    // The daemon reads datagrams into a 64 KB buffer.
    private const int MaxDatagramBytes = 64 * 1024 - 1;

    private readonly DatagramSocket _socket;
    private readonly ActivityListener _listener;
    private readonly Lock _gate = new();
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    // The current invocation, when sampled; written by the loop's thread, read by any thread an activity stops on.
    private volatile Invocation? _invocation;

    private XRayExporter(DatagramSocket socket)
    {
        _socket = socket;
        _json = new Utf8JsonWriter(_buffer, RuntimeJson.WriterOptions);
        _listener = new ActivityListener
        {
            ShouldListenTo = static _ => true,
            Sample = Sample,
            SampleUsingParentId = static (ref ActivityCreationOptions<string> _) => ActivitySamplingResult.None,
            ActivityStarted = OnStarted,
            ActivityStopped = OnStopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>
    /// The exporter for <c>AWS_XRAY_DAEMON_ADDRESS</c>: <c>host:port</c>, or the SDKs' <c>udp:host:port tcp:host:port</c>;
    /// <see langword="null"/> when it is not set.
    /// </summary>
    /// <exception cref="FormatException">The address is not one of those forms, or its host cannot be resolved.</exception>
    public static XRayExporter? Create(string? daemonAddress)
    {
        if (string.IsNullOrWhiteSpace(daemonAddress))
        {
            return null;
        }

        var endPoint = ParseAddress(daemonAddress);
        try
        {
            return new XRayExporter(DatagramSocket.Connect(endPoint));
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
        {
            throw new FormatException($"Cannot open a UDP socket to the X-Ray daemon at {endPoint}: {ex.Message}", ex);
        }
    }

    internal static IPEndPoint ParseAddress(string daemonAddress)
    {
        var address = daemonAddress.Trim();
        foreach (var part in address.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("udp:", StringComparison.OrdinalIgnoreCase))
            {
                address = part[4..];
                break;
            }
        }

        var colon = address.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(address.AsSpan(colon + 1), out var port) || port is <= 0 or > 65535)
        {
            throw new FormatException($"AWS_XRAY_DAEMON_ADDRESS must be host:port, got '{daemonAddress}'.");
        }

        try
        {
            return new IPEndPoint(RuntimeApiTransport.Resolve(address[..colon]), port);
        }
        catch (RuntimeApiException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    /// <summary>Starts capturing the activities of an invocation, when its trace header says it is sampled.</summary>
    public void BeginInvocation(string? traceHeader)
    {
        if (XRayTraceHeader.TryParse(traceHeader, out var context) && context.TraceFlags.HasFlag(ActivityTraceFlags.Recorded))
        {
            var traceId = context.TraceId.ToHexString();
            _invocation = new Invocation($"1-{traceId[..8]}-{traceId[8..]}", context.SpanId.ToHexString());
        }
        else
        {
            _invocation = null;
        }
    }

    /// <summary>Stops capturing: called before the invocation's response is posted.</summary>
    public void EndInvocation() => _invocation = null;

    public void Dispose()
    {
        _listener.Dispose();
        _socket.Dispose();
        _json.Dispose();
    }

    private ActivitySamplingResult Sample(ref ActivityCreationOptions<ActivityContext> options)
    {
        if (_invocation is not { } invocation)
        {
            return ActivitySamplingResult.None;
        }

        // The runtime's own invocation activity, whose parent may be a W3C traceparent of another trace; after it,
        // whatever is started under it.
        if (options.Source == LambdaTracing.Source && options.Kind == ActivityKind.Server && invocation.SpanId == default)
        {
            return ActivitySamplingResult.AllDataAndRecorded;
        }

        return invocation.SpanId != default && options.Parent.TraceId == invocation.ActivityTraceId
            ? ActivitySamplingResult.AllDataAndRecorded
            : ActivitySamplingResult.None;
    }

    private void OnStarted(Activity activity)
    {
        if (_invocation is { } invocation && invocation.SpanId == default
            && activity.Source == LambdaTracing.Source && activity.Kind == ActivityKind.Server)
        {
            invocation.ActivityTraceId = activity.TraceId;
            invocation.SpanId = activity.SpanId;
        }
    }

    private void OnStopped(Activity activity)
    {
        if (_invocation is not { } invocation || invocation.SpanId == default
            || activity.SpanId == invocation.SpanId || activity.TraceId != invocation.ActivityTraceId || !activity.Recorded)
        {
            return;
        }

        var parentId = activity.ParentSpanId == invocation.SpanId ? invocation.FacadeId : activity.ParentSpanId.ToHexString();
        lock (_gate)
        {
            if (Write(activity, invocation.TraceId, parentId, full: true) > MaxDatagramBytes
                && Write(activity, invocation.TraceId, parentId, full: false) > MaxDatagramBytes)
            {
                return;
            }

            _socket.Send(_buffer.WrittenSpan);
        }
    }

    private int Write(Activity activity, string traceId, string parentId, bool full)
    {
        _buffer.ResetWrittenCount();
        _buffer.Write(Header);
        _json.Reset(_buffer);
        XRaySubsegment.Write(_json, activity, traceId, parentId, full);
        _json.Flush();
        return _buffer.WrittenCount;
    }

    /// <param name="traceId">The X-Ray trace id from the trace header.</param>
    /// <param name="facadeId">The id of Lambda's function segment, the header's <c>Parent</c>.</param>
    private sealed class Invocation(string traceId, string facadeId)
    {
        public string TraceId { get; } = traceId;

        public string FacadeId { get; } = facadeId;

        // The invocation activity's, once it started.
        public ActivityTraceId ActivityTraceId { get; set; }

        public ActivitySpanId SpanId { get; set; }
    }
}
