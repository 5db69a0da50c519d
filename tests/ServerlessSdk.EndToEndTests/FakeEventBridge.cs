using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// EventBridge's PutEvents on a loopback port (there is no local EventBridge): records each entry and answers as
/// EventBridge does. The test then plays the rules' part, delivering each recorded event to the queue's function
/// as an SQS message whose body is the whole event, as an EventBridge → SQS target does.
/// </summary>
public sealed class FakeEventBridge : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<PutEntry> _entries = new();
    private readonly Task _loop;

    public FakeEventBridge()
    {
        // A free port: bind port 0, read it back, release it for the listener.
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/");
        }

        _listener.Prefixes.Add(Endpoint.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Endpoint { get; }

    /// <summary>Every entry put so far, in order.</summary>
    public IReadOnlyList<PutEntry> Entries => [.. _entries];

    /// <summary>The entries of one detail-type for one order.</summary>
    public IReadOnlyList<PutEntry> Of(string detailType, string orderId) =>
        [.. Entries.Where(e => e.DetailType == detailType && e.Detail.GetProperty("orderId").GetString() == orderId)];

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener's pending GetContext fails when closed: that is the loop's end.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var signed = context.Request.Headers["Authorization"]?.StartsWith("AWS4-HMAC-SHA256 Credential=", StringComparison.Ordinal) == true;
            var target = context.Request.Headers["X-Amz-Target"];
            string answer;
            if (!signed || target != "AWSEvents.PutEvents")
            {
                context.Response.StatusCode = 400;
                answer = """{"__type":"UnrecognizedClientException"}""";
            }
            else
            {
                using var request = JsonDocument.Parse(body);
                var ids = new List<string>();
                foreach (var entry in request.RootElement.GetProperty("Entries").EnumerateArray())
                {
                    var id = Guid.NewGuid().ToString();
                    ids.Add(id);
                    _entries.Enqueue(new PutEntry(id, entry.GetProperty("EventBusName").GetString()!, entry.GetProperty("Source").GetString()!,
                        entry.GetProperty("DetailType").GetString()!, JsonDocument.Parse(entry.GetProperty("Detail").GetString()!).RootElement.Clone()));
                }

                answer = JsonSerializer.Serialize(new { FailedEntryCount = 0, Entries = ids.Select(id => new { EventId = id }) });
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(answer);
            context.Response.ContentType = "application/x-amz-json-1.1";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}

/// <summary>One PutEvents entry, with the id EventBridge gave it.</summary>
public sealed record PutEntry(string Id, string EventBusName, string Source, string DetailType, JsonElement Detail)
{
    /// <summary>The event as a rule delivers it to an SQS queue: the message body.</summary>
    public string AsEventJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["version"] = "0",
        ["id"] = Id,
        ["detail-type"] = DetailType,
        ["source"] = Source,
        ["account"] = "123456789012",
        ["time"] = "2026-12-03T12:00:00Z",
        ["region"] = "us-east-1",
        ["resources"] = Array.Empty<string>(),
        ["detail"] = Detail,
    });

    /// <summary>An SQS event carrying <paramref name="bodies"/>, one message each (message ids m0, m1, …).</summary>
    public static string SqsEvent(params string[] bodies) => JsonSerializer.Serialize(new
    {
        Records = bodies.Select((body, i) => new Dictionary<string, object>
        {
            ["messageId"] = $"m{i}",
            ["receiptHandle"] = $"r{i}",
            ["body"] = body,
            ["attributes"] = new Dictionary<string, string> { ["ApproximateReceiveCount"] = "1" },
            ["messageAttributes"] = new Dictionary<string, string>(),
            ["md5OfBody"] = "",
            ["eventSource"] = "aws:sqs",
            ["eventSourceARN"] = "arn:aws:sqs:us-east-1:123456789012:queue",
            ["awsRegion"] = "us-east-1",
        }),
    });
}
