using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Tests.Tracing;

public sealed class XRaySubsegmentTests
{
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
