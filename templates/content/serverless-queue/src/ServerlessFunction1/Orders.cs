using System.Text.Json;
using System.Text.Json.Serialization;
using ServerlessSdk.Runtime;

namespace ServerlessFunction1;

/// <summary>One message's body: an order to fulfil.</summary>
public sealed record Order(string? OrderId, string? CustomerId, decimal? Total);

/// <summary>Does the work for one order. <see cref="LoggingOrderProcessor"/> only logs: replace it with yours.</summary>
public interface IOrderProcessor
{
    /// <summary>Throw to fail the message: it returns to the queue and is retried.</summary>
    ValueTask ProcessAsync(Order order, ILambdaContext context);
}

/// <summary>A message that can never succeed (bad JSON, missing fields): retrying it only delays the dead-letter queue.</summary>
public sealed class InvalidOrderException(string message) : Exception(message);

/// <summary>Source-generated JSON for this function's types: Native AOT has no reflection-based serializer.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Order))]
internal sealed partial class OrdersJsonContext : JsonSerializerContext;
