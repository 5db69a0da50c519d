using System.Buffers;
using System.Text;
using System.Text.Json;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.Tests.Serialization;

public sealed class MinimalJsonEncoderTests
{
    private static string WriteString(string value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, RuntimeJson.WriterOptions))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string WriteUtf8(byte[] value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, RuntimeJson.WriterOptions))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\")]
    [InlineData("line\nbreak\ttab\r\b\f")]
    [InlineData("\u0000\u0001\u001f")]
    [InlineData("Grüße, こんにちは, 🙂")]
    [InlineData("<script>&'+</script>")]
    public void Strings_round_trip_through_a_json_parser(string value)
    {
        var json = WriteString(value);

        Assert.Equal(value, JsonSerializer.Deserialize<string>(json));
    }

    [Fact]
    public void Only_what_json_requires_is_escaped()
    {
        Assert.Equal("\"Grüße <b>&'🙂\"", WriteString("Grüße <b>&'🙂"));
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u0001\"", WriteString("a\"b\\c\nd\u0001"));
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        var json = WriteString("x\ud800y");

        Assert.Equal("x\ufffdy", JsonSerializer.Deserialize<string>(json));
    }

    [Fact]
    public void Utf8_input_keeps_valid_multibyte_characters_and_replaces_invalid_bytes()
    {
        var valid = WriteUtf8(Encoding.UTF8.GetBytes("Grüße 🙂 \"q\""));
        var invalid = WriteUtf8([(byte)'a', 0xff, (byte)'b']);

        Assert.Equal("Grüße 🙂 \"q\"", JsonSerializer.Deserialize<string>(valid));
        Assert.Equal("a\ufffdb", JsonSerializer.Deserialize<string>(invalid));
    }
}
