using System.Text;
using System.Text.Json;

namespace ServerlessSdk.Runtime.Logging;

/// <summary>One event as <see cref="LogLineSink"/> writes it; a ref struct for the logger's own events, whose values sit on the stack.</summary>
internal interface ILogEntry
{
    LambdaLogLevel Level { get; }

    DateTime TimestampUtc { get; }

    Exception? Exception { get; }

    /// <summary>Appends the rendered message; <paramref name="builder"/> is empty.</summary>
    void RenderMessage(StringBuilder builder);

    bool Contains(string name);

    void WriteProperties(Utf8JsonWriter json);
}

/// <summary>An event of the runtime's logger: a message template and its values.</summary>
internal readonly ref struct TemplateEntry(LambdaLogLevel level, Exception? exception, MessageTemplate template, ReadOnlySpan<object?> values) : ILogEntry
{
    private readonly ReadOnlySpan<object?> _values = values;

    public LambdaLogLevel Level => level;

    public DateTime TimestampUtc { get; } = DateTime.UtcNow;

    public Exception? Exception => exception;

    public void RenderMessage(StringBuilder builder) => template.Render(builder, _values);

    public bool Contains(string name) => template.Binds(name, _values.Length);

    public void WriteProperties(Utf8JsonWriter json) => template.WriteProperties(json, _values);
}

/// <summary>An event a logging integration rendered itself (<see cref="LambdaLogger.Write{TProperties}"/>).</summary>
internal readonly struct RenderedEntry<TProperties>(LambdaLogLevel level, DateTimeOffset timestamp, string message, Exception? exception, TProperties properties) : ILogEntry
    where TProperties : ILambdaLogProperties
{
    public LambdaLogLevel Level => level;

    public DateTime TimestampUtc => timestamp.UtcDateTime;

    public Exception? Exception => exception;

    public void RenderMessage(StringBuilder builder) => builder.Append(message);

    public bool Contains(string name) => properties.Contains(name);

    public void WriteProperties(Utf8JsonWriter json) => properties.WriteTo(json);
}
