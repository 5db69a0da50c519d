namespace ServerlessSdk.Runtime.Logging;

/// <summary>
/// The function's structured logger: JSON lines on stdout with Powertools field names, message templates in
/// Serilog's syntax. A call below <see cref="MinimumLevel"/> costs one comparison.
/// </summary>
/// <remarks>
/// Every line carries <c>service</c>, <c>function_name</c> and <c>function_version</c>; lines written during an
/// invocation also carry <c>cold_start</c>, <c>function_request_id</c> and <c>xray_trace_id</c>. Each template
/// property becomes a field of the line with its JSON type.
/// </remarks>
public sealed partial class LambdaLogger
{
    private readonly LogLineSink? _sink;

    internal LambdaLogger(LogLineSink? sink, LambdaLogLevel minimumLevel)
    {
        _sink = sink;
        MinimumLevel = minimumLevel;
    }

    /// <summary>A logger that writes nothing, for tests and stand-in contexts.</summary>
    public static LambdaLogger None { get; } = new(null, LambdaLogLevel.None);

    /// <summary>Events below this level are not written; can be changed at any time.</summary>
    public LambdaLogLevel MinimumLevel { get; set; }

    /// <summary>Whether an event of <paramref name="level"/> would be written.</summary>
    public bool IsEnabled(LambdaLogLevel level) => _sink is not null && level >= MinimumLevel && level != LambdaLogLevel.None;

    /// <summary>Writes an event: <paramref name="messageTemplate"/>'s holes take <paramref name="propertyValues"/> in order.</summary>
    public void Write(LambdaLogLevel level, Exception? exception, string messageTemplate, params ReadOnlySpan<object?> propertyValues)
    {
        if (IsEnabled(level))
        {
            WriteTemplate(level, exception, messageTemplate, propertyValues);
        }
    }

    /// <summary>
    /// Writes an event a logging integration (such as ServerlessSdk.Runtime.Serilog) rendered and filtered itself:
    /// the runtime's fields are added around <paramref name="properties"/>, whatever <see cref="MinimumLevel"/> says.
    /// </summary>
    public void Write<TProperties>(LambdaLogLevel level, DateTimeOffset timestamp, string message, Exception? exception, TProperties properties)
        where TProperties : ILambdaLogProperties
    {
        ArgumentNullException.ThrowIfNull(message);
        _sink?.Write(new RenderedEntry<TProperties>(level, timestamp, message, exception, properties));
    }

    private void WriteTemplate(LambdaLogLevel level, Exception? exception, string messageTemplate, ReadOnlySpan<object?> propertyValues) =>
        _sink!.Write(new TemplateEntry(level, exception, MessageTemplate.Get(messageTemplate ?? string.Empty), propertyValues));
}
