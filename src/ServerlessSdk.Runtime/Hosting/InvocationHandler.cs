using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ServerlessSdk.Runtime.Serialization;
using ServerlessSdk.Runtime.Tracing;

namespace ServerlessSdk.Runtime.Hosting;

/// <summary>Turns an event payload into response bytes; the loop around it does the rest.</summary>
internal abstract class InvocationHandler
{
    /// <returns>The response body, valid until the next invocation.</returns>
    public abstract ValueTask<ReadOnlyMemory<byte>> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context);
}

/// <summary>A handler of typed events, (de)serialised with source-generated JSON metadata.</summary>
internal sealed class TypedInvocationHandler<TEvent, TResponse>(
    Func<TEvent, ILambdaContext, ValueTask<TResponse>> handler,
    JsonTypeInfo<TEvent> eventType,
    JsonTypeInfo<TResponse> responseType) : InvocationHandler
{
    private readonly ArrayBufferWriter<byte> _output = new(4096);
    private readonly Utf8JsonWriter _writer = new(Stream.Null, RuntimeJson.WriterOptions);

    public override async ValueTask<ReadOnlyMemory<byte>> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context)
    {
        var @event = EventReader.Read(payload.Span, eventType);
        context.StartActivity((@event as ITraceContextCarrier)?.TraceParent);
        var response = await handler(@event, context).ConfigureAwait(false);
        return Serialize(response);
    }

    private ReadOnlyMemory<byte> Serialize(TResponse response)
    {
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        try
        {
            JsonSerializer.Serialize(_writer, response, responseType);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new InvocationFailedException(ErrorTypes.SerializationError, $"The {typeof(TResponse).Name} response could not be serialised: {ex.Message}", ex);
        }

        _writer.Flush();
        return _output.WrittenMemory;
    }
}

/// <summary>A handler that works on the raw event bytes and returns raw response bytes.</summary>
internal sealed class RawInvocationHandler(
    Func<ReadOnlyMemory<byte>, ILambdaContext, ValueTask<ReadOnlyMemory<byte>>> handler) : InvocationHandler
{
    public override ValueTask<ReadOnlyMemory<byte>> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context)
    {
        context.StartActivity(traceParent: null);
        return handler(payload, context);
    }
}

/// <summary>A handler of typed events that returns nothing: Lambda receives <c>null</c>, as for a void .NET handler.</summary>
internal sealed class EventOnlyInvocationHandler<TEvent>(
    Func<TEvent, ILambdaContext, ValueTask> handler,
    JsonTypeInfo<TEvent> eventType) : InvocationHandler
{
    private static readonly ReadOnlyMemory<byte> Null = "null"u8.ToArray();

    public override async ValueTask<ReadOnlyMemory<byte>> InvokeAsync(ReadOnlyMemory<byte> payload, LambdaContext context)
    {
        var @event = EventReader.Read(payload.Span, eventType);
        context.StartActivity((@event as ITraceContextCarrier)?.TraceParent);
        await handler(@event, context).ConfigureAwait(false);
        return Null;
    }
}

/// <summary>Event deserialisation shared by the typed handlers: a bad payload is the caller's error, not the function's.</summary>
internal static class EventReader
{
    public static TEvent Read<TEvent>(ReadOnlySpan<byte> payload, JsonTypeInfo<TEvent> eventType)
    {
        TEvent? @event;
        try
        {
            @event = JsonSerializer.Deserialize(payload, eventType);
        }
        catch (JsonException ex)
        {
            throw new InvocationFailedException(ErrorTypes.MalformedEvent, $"The event is not a valid {typeof(TEvent).Name}: {ex.Message}", ex);
        }

        return @event ?? throw new InvocationFailedException(ErrorTypes.MalformedEvent, $"The event is JSON null; expected a {typeof(TEvent).Name}.");
    }
}
