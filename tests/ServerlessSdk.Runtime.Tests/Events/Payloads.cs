using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ServerlessSdk.Runtime.Tests.Events;

/// <summary>Reads the sample event payloads copied next to the test assembly.</summary>
internal static class Payloads
{
    /// <summary>The file's bytes without a leading UTF-8 byte-order mark, which editors add and JSON readers refuse.</summary>
    public static byte[] ReadBytes(string fileName)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Events", "Payloads", fileName));
        return bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
    }

    public static string Read(string fileName) => Encoding.UTF8.GetString(ReadBytes(fileName));

    public static T Deserialize<T>(string fileName, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(ReadBytes(fileName), typeInfo)
        ?? throw new InvalidOperationException($"{fileName} deserialized to null.");

    public static JsonElement SerializeToElement<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToElement(value, typeInfo);
}
