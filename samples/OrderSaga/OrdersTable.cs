using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace OrderSaga;

/// <summary>
/// The saga's state in the Orders table (its name in ORDERS_TABLE_NAME, set by the IaC from the declaration). One item
/// per order: <c>status</c> PENDING → CONFIRMED or CANCELLED, <c>payment</c> and <c>inventory</c> for each step, and
/// <c>handled</c>, the set of "event id/step" keys already applied. Every write is conditional: a step applies only if
/// its key is not in the set, so SQS's at-least-once delivery applies each event once.
/// </summary>
public sealed class OrdersTable(IAmazonDynamoDB client, string tableName)
{
    private static readonly Lazy<OrdersTable> Shared = new(() => new OrdersTable(
        new AmazonDynamoDBClient(),
        Environment.GetEnvironmentVariable("ORDERS_TABLE_NAME") ?? throw new InvalidOperationException("ORDERS_TABLE_NAME is not set.")));

    /// <summary>The process's table, created on first use (not at start-up: a cold start that needs no table pays nothing).</summary>
    public static OrdersTable Instance => Shared.Value;

    /// <summary>Creates the order in PENDING; false when an order with this id exists already (a retried request).</summary>
    public async Task<bool> TryCreateAsync(PlaceOrderRequest order)
    {
        try
        {
            await client.PutItemAsync(new PutItemRequest
            {
                TableName = tableName,
                Item = new Dictionary<string, AttributeValue>
                {
                    ["pk"] = S(order.OrderId),
                    ["customerId"] = S(order.CustomerId),
                    ["amount"] = N(order.Amount),
                    ["status"] = S(OrderStatus.Pending),
                    ["payment"] = S(OrderStatus.Pending),
                    ["inventory"] = S(OrderStatus.Pending),
                },
                ConditionExpression = "attribute_not_exists(pk)",
            }).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <summary>The order's status, or null when there is no such order.</summary>
    public async Task<string?> StatusAsync(string orderId)
    {
        var item = await client.GetItemAsync(new GetItemRequest { TableName = tableName, Key = Key(orderId), ConsistentRead = true }).ConfigureAwait(false);
        return item.Item is { Count: > 0 } found && found.TryGetValue("status", out var status) ? status.S : null;
    }

    /// <summary>
    /// Applies one step: sets <paramref name="attribute"/> to <paramref name="value"/> (and <c>status</c> to
    /// <paramref name="status"/> when given) unless <paramref name="eventId"/> was applied by this step before, or
    /// <paramref name="unlessStatus"/> is the order's status. False when nothing changed.
    /// </summary>
    public async Task<bool> TryApplyAsync(string orderId, string eventId, string step, string attribute, string value, string? status = null, string? unlessStatus = null)
    {
        // DynamoDB refuses names and values an expression does not use, so #s is added only when it is.
        var names = new Dictionary<string, string> { ["#a"] = attribute };
        var values = new Dictionary<string, AttributeValue>
        {
            [":v"] = S(value),
            [":key"] = S($"{eventId}/{step}"),
            [":keys"] = new() { SS = [$"{eventId}/{step}"] },
        };
        var update = "SET #a = :v";
        if (status is not null)
        {
            update += ", #s = :status";
            names["#s"] = "status";
            values[":status"] = S(status);
        }

        var condition = "attribute_exists(pk) AND (attribute_not_exists(handled) OR NOT contains(handled, :key))";
        if (unlessStatus is not null)
        {
            condition += " AND #s <> :unless";
            names["#s"] = "status";
            values[":unless"] = S(unlessStatus);
        }

        try
        {
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName,
                Key = Key(orderId),
                UpdateExpression = update + " ADD handled :keys",
                ConditionExpression = condition,
                ExpressionAttributeNames = names,
                ExpressionAttributeValues = values,
            }).ConfigureAwait(false);
            return true;
        }
        catch (ConditionalCheckFailedException)
        {
            return false;
        }
    }

    /// <summary>PENDING → CONFIRMED once payment is charged and stock reserved; whichever step finishes second does it.</summary>
    public async Task TryConfirmAsync(string orderId)
    {
        try
        {
            await client.UpdateItemAsync(new UpdateItemRequest
            {
                TableName = tableName,
                Key = Key(orderId),
                UpdateExpression = "SET #s = :confirmed",
                ConditionExpression = "#s = :pending AND payment = :charged AND inventory = :reserved",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#s"] = "status" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue>
                {
                    [":confirmed"] = S(OrderStatus.Confirmed),
                    [":pending"] = S(OrderStatus.Pending),
                    [":charged"] = S(OrderStatus.Charged),
                    [":reserved"] = S(OrderStatus.Reserved),
                },
            }).ConfigureAwait(false);
        }
        catch (ConditionalCheckFailedException)
        {
            // Not both done yet, or confirmed already: the other step (or a redelivery) confirms it.
        }
    }

    private static Dictionary<string, AttributeValue> Key(string orderId) => new() { ["pk"] = S(orderId) };

    private static AttributeValue S(string value) => new() { S = value };

    private static AttributeValue N(decimal value) => new() { N = value.ToString(CultureInfo.InvariantCulture) };
}

/// <summary>The values of the order item's <c>status</c>, <c>payment</c> and <c>inventory</c> attributes.</summary>
public static class OrderStatus
{
    public const string Pending = "PENDING";
    public const string Confirmed = "CONFIRMED";
    public const string Cancelled = "CANCELLED";
    public const string Charged = "CHARGED";
    public const string Declined = "DECLINED";
    public const string Reserved = "RESERVED";
    public const string Released = "RELEASED";
}
