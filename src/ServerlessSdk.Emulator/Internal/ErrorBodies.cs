using System.Text.Json;

namespace ServerlessSdk.Emulator.Internal;

/// <summary>The JSON bodies the Runtime API answers with, as the real endpoint words them.</summary>
internal static class ErrorBodies
{
    public static readonly byte[] Accepted = """{"status":"OK"}"""u8.ToArray();

    public static byte[] Error(string errorType, string errorMessage)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("errorMessage", errorMessage);
            writer.WriteString("errorType", errorType);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
