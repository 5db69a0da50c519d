using System.Text.Json;
using ServerlessSdk.Functions;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Metrics;

#if (azure)
namespace ServerlessFunction1;

/// <summary>
/// Orders from the Storage queue <c>orders</c> (main.bicep creates it and grants the app's identity access to it
/// alone), one message per invocation. A message that fails throws: the Functions host makes it visible again and,
/// after 5 dequeues (host.json's <c>maxDequeueCount</c> default), moves it to <c>orders-poison</c>.
/// </summary>
public sealed class OrderWorker(IOrderProcessor processor)
{
    /// <summary>What Azure uses. Swap in your own <see cref="IOrderProcessor"/> here.</summary>
    public OrderWorker()
        : this(new LoggingOrderProcessor())
    {
    }

    [LambdaFunction(Name = "OrderWorker")]
    [StorageQueueTrigger("orders")]
    public async Task Handle(StorageQueueMessage message, ILambdaContext context)
    {
        try
        {
            await processor.ProcessAsync(Parse(message.Body), context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.Logger.Warning(exception, "Message {MessageId} failed on dequeue {DequeueCount}; it returns to the queue", message.Id, message.DequeueCount);
            context.Metrics.AddMetric("OrdersFailed", 1, MetricUnit.Count);
            throw;
        }

        context.Metrics.AddMetric("OrdersProcessed", 1, MetricUnit.Count);
    }

    private static Order Parse(string body)
    {
        Order? order;
        try
        {
            order = JsonSerializer.Deserialize(body, OrdersJsonContext.Default.Order);
        }
        catch (JsonException)
        {
            throw new InvalidOrderException("The body is not JSON.");
        }

        if (string.IsNullOrWhiteSpace(order?.OrderId) || string.IsNullOrWhiteSpace(order.CustomerId) || order.Total is not > 0)
        {
            throw new InvalidOrderException("An order needs orderId, customerId and a positive total.");
        }

        return order;
    }
}
#else
// The queue the IaC creates (encrypted), with a dead-letter queue that takes a message after 5 failed receives.
[assembly: SqsQueue("Orders", MaxReceiveCount = 5)]

namespace ServerlessFunction1;

/// <summary>
/// Orders from the declared <c>Orders</c> queue, up to 10 a batch. A message that fails is reported back on its own
/// (<c>ReportBatchItemFailures</c>), so only it returns to the queue; after 5 receives SQS moves it to the
/// dead-letter queue the IaC creates beside the queue.
/// </summary>
public sealed class OrderWorker(IOrderProcessor processor)
{
    /// <summary>What Lambda uses. Swap in your own <see cref="IOrderProcessor"/> here.</summary>
    public OrderWorker()
        : this(new LoggingOrderProcessor())
    {
    }

    [LambdaFunction(Name = "OrderWorker")]
    [SqsTrigger("Orders", BatchSize = 10, ReportBatchItemFailures = true)]
    public async Task<SqsBatchResponse> Handle(SqsEvent batch, ILambdaContext context)
    {
        var response = new SqsBatchResponse();
        foreach (var message in batch.Records)
        {
            try
            {
                await processor.ProcessAsync(Parse(message), context);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                context.Logger.Warning(exception, "Message {MessageId} failed; it returns to the queue", message.MessageId);
                response.AddFailure(message);
            }
        }

        context.Metrics.AddMetric("OrdersProcessed", batch.Records.Count - response.BatchItemFailures.Count, MetricUnit.Count);
        context.Metrics.AddMetric("OrdersFailed", response.BatchItemFailures.Count, MetricUnit.Count);
        return response;
    }

    private static Order Parse(SqsMessage message)
    {
        Order? order;
        try
        {
            order = JsonSerializer.Deserialize(message.Body, OrdersJsonContext.Default.Order);
        }
        catch (JsonException)
        {
            throw new InvalidOrderException("The body is not JSON.");
        }

        if (string.IsNullOrWhiteSpace(order?.OrderId) || string.IsNullOrWhiteSpace(order.CustomerId) || order.Total is not > 0)
        {
            throw new InvalidOrderException("An order needs orderId, customerId and a positive total.");
        }

        return order;
    }
}
#endif
