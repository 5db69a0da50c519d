using System.Buffers;
using System.Text.Json;
using ServerlessSdk.Runtime.Serialization;

namespace ServerlessSdk.Runtime.RuntimeApi;

/// <summary>The <c>{"errorType","errorMessage","stackTrace"}</c> document Lambda expects on its error endpoints.</summary>
internal static class ErrorDocument
{
    public const string ContentType = "application/vnd.aws.lambda.error+json";

    public static byte[] ForException(Exception exception) =>
        Write(exception.GetType().FullName ?? exception.GetType().Name, exception.Message, StackLines(exception));

    public static byte[] Write(string errorType, string errorMessage, IEnumerable<string> stackTrace)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, RuntimeJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("errorType"u8, errorType);
            json.WriteString("errorMessage"u8, errorMessage);
            json.WriteStartArray("stackTrace"u8);
            foreach (var line in stackTrace)
            {
                json.WriteStringValue(line);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Stack frames, one per line, followed by each inner exception and its frames.</summary>
    internal static IEnumerable<string> StackLines(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (!ReferenceEquals(current, exception))
            {
                yield return $"---> {current.GetType().FullName}: {current.Message}";
            }

            foreach (var line in (current.StackTrace ?? string.Empty).Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0)
                {
                    yield return trimmed;
                }
            }
        }
    }
}
