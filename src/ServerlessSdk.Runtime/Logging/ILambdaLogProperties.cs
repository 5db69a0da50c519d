using System.Text.Json;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// An event's own properties, for logging integrations (such as ServerlessSdk.Runtime.Serilog) that write through
/// <see cref="LambdaLogger.Write{TProperties}(LambdaLogLevel, DateTimeOffset, string, Exception?, TProperties)"/>: the runtime adds its fields around them.
/// </summary>
public interface ILambdaLogProperties
{
    /// <summary>Whether the event has a property of this name; the runtime then leaves out its own field of that name.</summary>
    bool Contains(string name);

    /// <summary>Writes each property as a JSON property of the line's object.</summary>
    void WriteTo(Utf8JsonWriter json);
}
