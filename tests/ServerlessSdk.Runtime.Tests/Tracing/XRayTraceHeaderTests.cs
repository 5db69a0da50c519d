using System.Diagnostics;
using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Tests.Tracing;

public sealed class XRayTraceHeaderTests
{
    private const string Sampled = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    [Fact]
    public void Root_becomes_the_w3c_trace_id_and_parent_the_span_id()
    {
        Assert.True(XRayTraceHeader.TryParse(Sampled, out var context));

        Assert.Equal("5759e988bd862e3fe1be46a994272793", context.TraceId.ToHexString());
        Assert.Equal("53995c3f42cd8ad8", context.SpanId.ToHexString());
        Assert.True(context.IsRemote);
    }

    [Fact]
    public void Sampled_1_sets_the_recorded_flag()
    {
        XRayTraceHeader.TryParse(Sampled, out var context);

        Assert.Equal(ActivityTraceFlags.Recorded, context.TraceFlags);
    }

    [Fact]
    public void Sampled_0_leaves_the_trace_unrecorded()
    {
        XRayTraceHeader.TryParse(Sampled.Replace("Sampled=1", "Sampled=0", StringComparison.Ordinal), out var context);

        Assert.Equal(ActivityTraceFlags.None, context.TraceFlags);
    }

    [Fact]
    public void Field_order_and_extra_fields_do_not_matter()
    {
        var header = "Sampled=1;Lineage=a87bd80c:0;Parent=53995c3f42cd8ad8;Root=1-5759e988-bd862e3fe1be46a994272793";

        Assert.True(XRayTraceHeader.TryParse(header, out var context));
        Assert.Equal("5759e988bd862e3fe1be46a994272793", context.TraceId.ToHexString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Root=1-5759e988-bd862e3fe1be46a994272793")]
    [InlineData("Root=2-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8")]
    [InlineData("Root=1-5759e988-bd862e3fe1be46a99427279;Parent=53995c3f42cd8ad8")]
    [InlineData("Root=1-5759e988-BD862E3FE1BE46A994272793;Parent=53995c3f42cd8ad8")]
    [InlineData("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=0000000000000000")]
    [InlineData("garbage")]
    public void Malformed_headers_are_rejected(string? header)
    {
        Assert.False(XRayTraceHeader.TryParse(header, out var context));
        Assert.Equal(default, context);
    }

    [Fact]
    public void An_events_traceparent_wins_over_the_xray_header()
    {
        const string traceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

        Assert.True(LambdaTracing.TryGetParent(Sampled, traceParent, out var parent));

        Assert.Equal("0af7651916cd43dd8448eb211c80319c", parent.TraceId.ToHexString());
        Assert.Equal("b7ad6b7169203331", parent.SpanId.ToHexString());
    }

    [Fact]
    public void A_malformed_traceparent_falls_back_to_the_xray_header()
    {
        Assert.True(LambdaTracing.TryGetParent(Sampled, "not-a-traceparent", out var parent));

        Assert.Equal("5759e988bd862e3fe1be46a994272793", parent.TraceId.ToHexString());
    }
}
