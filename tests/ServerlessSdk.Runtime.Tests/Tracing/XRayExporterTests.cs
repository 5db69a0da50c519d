using System.Diagnostics;
using System.Text.Json;
using ServerlessSdk.Runtime.Hosting;
using ServerlessSdk.Runtime.Tests.Hosting;
using ServerlessSdk.Runtime.Tests.RuntimeApi;

namespace ServerlessSdk.Runtime.Tests.Tracing;

/// <summary>The invocation loop sending a handler's activities to a loopback X-Ray daemon.</summary>
[Collection(InvocationLoopCollection.Name)]
public sealed class XRayExporterTests : IDisposable
{
    private const string RootId = "1-5759e988-bd862e3fe1be46a994272793";
    private const string FacadeId = "53995c3f42cd8ad8";
    private const string Unsampled = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0";
    private static readonly ActivitySource Source = new("ServerlessSdk.Runtime.Tests.XRay");

    private readonly CannedRuntimeApi _api = new();
    private readonly XRayDaemon _daemon = new();
    private readonly List<Activity?> _started = [];

    public void Dispose()
    {
        _api.Dispose();
        _daemon.Dispose();
    }

    [Fact]
    public async Task Each_activity_of_a_sampled_invocation_arrives_as_a_subsegment_under_the_function_segment()
    {
        await RunAsync(CannedRuntimeApi.SampledTraceId);

        var documents = (await _daemon.ReceiveAsync(2, TimeSpan.FromSeconds(5))).Select(XRayDaemon.Document).ToList();

        Assert.Equal(2, documents.Count);
        var outer = documents.Single(d => d.GetProperty("name").GetString() == "call inventory");
        var inner = documents.Single(d => d.GetProperty("name").GetString() == "reserve");
        Assert.All(documents, d =>
        {
            Assert.Equal("subsegment", d.GetProperty("type").GetString());
            Assert.Equal(RootId, d.GetProperty("trace_id").GetString());
            Assert.Matches("^[0-9a-f]{16}$", d.GetProperty("id").GetString());
            Assert.InRange(d.GetProperty("end_time").GetDouble() - d.GetProperty("start_time").GetDouble(), 0, 60);
            Assert.InRange(d.GetProperty("start_time").GetDouble(), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        });
        Assert.Equal(FacadeId, outer.GetProperty("parent_id").GetString());
        Assert.Equal(outer.GetProperty("id").GetString(), inner.GetProperty("parent_id").GetString());
    }

    [Fact]
    public async Task An_exception_marks_its_subsegment_as_a_fault_with_the_cause()
    {
        await RunAsync(CannedRuntimeApi.SampledTraceId);

        var inner = (await _daemon.ReceiveAsync(2, TimeSpan.FromSeconds(5))).Select(XRayDaemon.Document)
            .Single(d => d.GetProperty("name").GetString() == "reserve");

        Assert.True(inner.GetProperty("fault").GetBoolean());
        var exception = Assert.Single(inner.GetProperty("cause").GetProperty("exceptions").EnumerateArray());
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
        Assert.Equal("out of stock", exception.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Tags_become_annotations_when_x_ray_can_index_them_and_metadata_otherwise()
    {
        await RunAsync(CannedRuntimeApi.SampledTraceId);

        var outer = (await _daemon.ReceiveAsync(2, TimeSpan.FromSeconds(5))).Select(XRayDaemon.Document)
            .Single(d => d.GetProperty("name").GetString() == "call inventory");

        var annotations = outer.GetProperty("annotations");
        Assert.Equal("c-42", annotations.GetProperty("customer_id").GetString());
        Assert.Equal(3, annotations.GetProperty("attempt").GetInt32());
        Assert.True(annotations.GetProperty("express").GetBoolean());
        var metadata = outer.GetProperty("metadata").GetProperty("default");
        Assert.Equal("inventory.local", metadata.GetProperty("server.address").GetString());
        Assert.Equal(JsonValueKind.Array, metadata.GetProperty("skus").ValueKind);
        Assert.False(annotations.TryGetProperty("server.address", out _));
        Assert.Equal("remote", outer.GetProperty("namespace").GetString());
        Assert.False(outer.TryGetProperty("fault", out _));
    }

    [Fact]
    public async Task An_unsampled_invocation_sends_nothing_and_creates_no_activity()
    {
        await RunAsync(Unsampled);

        Assert.Empty(await _daemon.ReceiveAsync(1, TimeSpan.FromMilliseconds(500)));
        Assert.All(_started, Assert.Null);
    }

    [Fact]
    public async Task Without_a_daemon_address_nothing_is_sent_and_no_activity_is_created()
    {
        await RunAsync(CannedRuntimeApi.SampledTraceId, withDaemon: false);

        Assert.Empty(await _daemon.ReceiveAsync(1, TimeSpan.FromMilliseconds(500)));
        Assert.All(_started, Assert.Null);
    }

    private async Task RunAsync(string traceHeader, bool withDaemon = true)
    {
        _api.Then(CannedRuntimeApi.Next("a", "{}", traceId: traceHeader)).Then(CannedRuntimeApi.Accepted);
        var variables = new Dictionary<string, string>();
        if (withDaemon)
        {
            variables["AWS_XRAY_DAEMON_ADDRESS"] = _daemon.Address;
        }

        await LoopHarness.RunAsync(_api, new RawInvocationHandler(Handle), variables);
        Assert.Equal(1, _api.Count("POST /2018-06-01/runtime/invocation/a/response "));
    }

    private ValueTask<ReadOnlyMemory<byte>> Handle(ReadOnlyMemory<byte> payload, ILambdaContext context)
    {
        using (var outer = Source.StartActivity("call inventory", ActivityKind.Client))
        {
            _started.Add(outer);
            outer?.SetTag("customer_id", "c-42").SetTag("attempt", 3).SetTag("express", true)
                .SetTag("server.address", "inventory.local").SetTag("skus", new[] { "a", "b" });
            using var inner = Source.StartActivity("reserve");
            _started.Add(inner);
            try
            {
                throw new InvalidOperationException("out of stock");
            }
            catch (InvalidOperationException ex)
            {
                inner?.AddException(ex).SetStatus(ActivityStatusCode.Error, ex.Message);
            }
        }

        return ValueTask.FromResult<ReadOnlyMemory<byte>>("{}"u8.ToArray());
    }
}
