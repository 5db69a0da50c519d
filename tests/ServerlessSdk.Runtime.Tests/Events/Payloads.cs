using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ServerlessSdk.Runtime.Tests.Events;

/// <summary>Reads the sample event payloads copied next to the test assembly.</summary>
internal static class Payloads
{
    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", "Payloads", fileName));

    public static T Deserialize<T>(string fileName, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(Read(fileName), typeInfo)
        ?? throw new InvalidOperationException($"{fileName} deserialized to null.");

    public static JsonElement SerializeToElement<T>(T value, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.SerializeToElement(value, typeInfo);
}
