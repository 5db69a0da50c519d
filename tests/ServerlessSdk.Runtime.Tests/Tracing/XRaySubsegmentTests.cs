using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Tests.Tracing;

public sealed class XRaySubsegmentTests : IDisposable
{
    private readonly ActivitySource _source = new($"XRaySubsegmentTests.{Guid.NewGuid():N}");
    private readonly ActivityListener _listener;

    public XRaySubsegmentTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source == _source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _source.Dispose();
    }

    [Fact]
    public void A_429_is_an_error_and_a_throttle_but_not_a_fault()
    {
        var document = Write(a => a.SetTag("http.response.status_code", 429).SetTag("http.request.method", "GET"));

        Assert.True(document.GetProperty("error").GetBoolean());
        Assert.True(document.GetProperty("throttle").GetBoolean());
        Assert.False(document.TryGetProperty("fault", out _));
        Assert.Equal(429, document.GetProperty("http").GetProperty("response").GetProperty("status").GetInt32());
        Assert.Equal("GET", document.GetProperty("http").GetProperty("request").GetProperty("method").GetString());
    }

    [Fact]
    public void An_error_status_without_an_exception_is_a_fault_caused_by_its_description()
    {
        var document = Write(a => a.SetStatus(ActivityStatusCode.Error, "quota exhausted"));

        Assert.True(document.GetProperty("fault").GetBoolean());
        var cause = Assert.Single(document.GetProperty("cause").GetProperty("exceptions").EnumerateArray());
        Assert.Equal("quota exhausted", cause.GetProperty("message").GetString());
    }

    [Fact]
    public void Annotations_stop_at_fifty_and_the_rest_go_to_metadata()
    {
        var document = Write(a =>
        {
            for (var i = 0; i < 60; i++)
            {
                a.SetTag($"tag_{i}", i);
            }
        });

        Assert.Equal(XRaySubsegment.MaxAnnotations, document.GetProperty("annotations").EnumerateObject().Count());
        Assert.Equal(10, document.GetProperty("metadata").GetProperty("default").EnumerateObject().Count());
    }

    [Fact]
    public void The_short_form_leaves_out_metadata_and_stack_frames()
    {
        var document = Write(a => a.SetTag("server.address", "x").AddException(Thrown()), full: false);

        Assert.False(document.TryGetProperty("metadata", out _));
        var exception = Assert.Single(document.GetProperty("cause").GetProperty("exceptions").EnumerateArray());
        Assert.False(exception.TryGetProperty("stack", out _));
    }

    private JsonElement Write(Action<Activity> shape, bool full = true)
    {
        using var activity = _source.StartActivity("work")!;
        shape(activity);
        activity.Stop();
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            XRaySubsegment.Write(json, activity, "1-5759e988-bd862e3fe1be46a994272793", "53995c3f42cd8ad8", full);
        }

        return JsonDocument.Parse(buffer.WrittenMemory).RootElement;
    }

    private static InvalidOperationException Thrown()
    {
        try
        {
            throw new InvalidOperationException("thrown");
        }
        catch (InvalidOperationException ex)
        {
            return ex;
        }
    }

    [Theory]
    [InlineData("GET /orders/{id}", "GET /orders/_id_")]
    [InlineData("dynamodb.PutItem", "dynamodb.PutItem")]
    [InlineData("", "activity")]
    public void Names_keep_the_characters_x_ray_allows(string displayName, string expected)
    {
        Assert.Equal(expected, XRaySubsegment.Name(displayName));
    }

    [Fact]
    public void Names_are_cut_to_200_characters()
    {
        Assert.Equal(200, XRaySubsegment.Name(new string('n', 300)).Length);
    }

    [Theory]
    [InlineData("customer_id", true)]
    [InlineData("Attempt2", true)]
    [InlineData("http.method", false)]
    [InlineData("with space", false)]
    [InlineData("", false)]
    public void Annotation_keys_are_letters_digits_and_underscores(string key, bool valid)
    {
        Assert.Equal(valid, XRaySubsegment.IsAnnotationKey(key));
    }

    [Fact]
    public void Times_are_epoch_seconds_with_a_fraction()
    {
        var time = new DateTime(2026, 12, 2, 13, 0, 0, 250, DateTimeKind.Utc);

        Assert.Equal(new DateTimeOffset(time).ToUnixTimeMilliseconds() / 1000.0, XRaySubsegment.EpochSeconds(time), 6);
    }

    [Theory]
    [InlineData("127.0.0.1:2000", 2000)]
    [InlineData("udp:127.0.0.1:2001 tcp:127.0.0.1:2000", 2001)]
    [InlineData("tcp:127.0.0.1:2000 udp:127.0.0.1:2002", 2002)]
    public void The_daemon_address_is_host_and_port_or_the_sdk_udp_form(string address, int port)
    {
        Assert.Equal(port, XRayExporter.ParseAddress(address).Port);
    }

    [Theory]
    [InlineData("no-port")]
    [InlineData("127.0.0.1:0")]
    public void A_malformed_daemon_address_is_refused(string address)
    {
        Assert.Throws<FormatException>(() => XRayExporter.ParseAddress(address));
    }
}
