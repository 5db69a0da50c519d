using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// The OrderSaga sample built from the packed SDK as a user project, its functions run under the Runtime API emulator
/// against dynalite. There is no local EventBridge: a fake PutEvents endpoint records what the functions publish and the
/// test delivers each event to the next function as its queue would (an SQS message whose body is the event).
/// </summary>
public sealed class OrderSagaFixture : IDisposable
{
    public const string Table = "OrderSaga-Orders";
    public const string Bus = "OrderSaga-Shop";

    public OrderSagaFixture()
    {
        Feed = new LocalFeed();
        Samples = new SampleCopies(Feed);
        Build = Samples.Build("OrderSaga");
        Build.ShouldSucceed();
        // Read now: the publish rewrites infra/ (for the same architecture, but the golden test compares the build's).
        Infrastructure = Samples.Infrastructure("OrderSaga");
        // The one Native AOT publish of the saga (the e2e tests below run the JIT build): checked by OrderSagaBuildTests.
        Publish = Samples.Publish("OrderSaga", "linux-x64");
        Dynalite = new DynaliteFixture();
        EventBridge = new FakeEventBridge();
        Environment = new Dictionary<string, string>(Dynalite.Environment)
        {
            ["ORDERS_TABLE_NAME"] = Table,
            ["SHOP_EVENT_BUS_NAME"] = Bus,
            ["AWS_ENDPOINT_URL_EVENTBRIDGE"] = EventBridge.Endpoint.AbsoluteUri,
        };
        using var client = new DynamoDbLocalClient(Dynalite.Endpoint);
        client.CreateIfMissingAsync(Table, new DeclaredTable("Orders", new TableKey("pk", "S"), null, null, true, false, null), CancellationToken.None).GetAwaiter().GetResult();
        Client = new AmazonDynamoDBClient(new Amazon.Runtime.BasicAWSCredentials("local", "local"), new AmazonDynamoDBConfig { ServiceURL = Dynalite.Endpoint.AbsoluteUri, AuthenticationRegion = LocalAws.Region });
    }

    public LocalFeed Feed { get; }

    public SampleCopies Samples { get; }

    public DotnetResult Build { get; }

    /// <summary>The files the build wrote to infra/, by name.</summary>
    public IReadOnlyDictionary<string, string> Infrastructure { get; }

    /// <summary><c>dotnet publish -c Release -r linux-x64</c>: Native AOT, the Lambda zip and its reports.</summary>
    public DotnetResult Publish { get; }

    /// <summary>Where the publish left the zip.</summary>
    public string Zip => Path.Combine(Samples.OutputDirectory("OrderSaga", "linux-x64"), "OrderSaga-x86_64.zip");

    public DynaliteFixture Dynalite { get; }

    public FakeEventBridge EventBridge { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public AmazonDynamoDBClient Client { get; }

    /// <summary>The JIT build's bootstrap.dll, as the build-time probe runs it.</summary>
    public string Bootstrap => Path.Combine(Samples.ProjectDirectory("OrderSaga"), "bin", "Release", "net10.0", "bootstrap.dll");

    /// <summary>Where the build wrote its reports.</summary>
    public string ReportFolder => Path.GetDirectoryName(Bootstrap)!;

    public void Dispose()
    {
        Client.Dispose();
        EventBridge.Dispose();
        Dynalite.Dispose();
        Samples.Dispose();
        Feed.Dispose();
    }
}

/// <summary>One saga build and publish for every OrderSaga test class.</summary>
[CollectionDefinition(Name)]
public sealed class OrderSagaCollection : ICollectionFixture<OrderSagaFixture>
{
    public const string Name = "OrderSaga";
}

[Collection(OrderSagaCollection.Name)]
public sealed class OrderSagaTests(OrderSagaFixture saga)
{
    private RunningFunction Start(string function) => RunningFunction.Start(
        FunctionCommand.DotnetDll(saga.Bootstrap),
        new Dictionary<string, string>(saga.Environment) { ["SERVERLESS_FUNCTION"] = function });

    [Fact]
    public async Task The_happy_path_confirms_the_order_once_however_often_its_events_arrive()
    {
        var placed = await PlaceAsync("ord-happy", 40m);
        Assert.Equal(201, placed.GetProperty("statusCode").GetInt32());
        var orderPlaced = Assert.Single(saga.EventBridge.Of("OrderPlaced", "ord-happy"));
        Assert.Equal(OrderSagaFixture.Bus, orderPlaced.EventBusName);
        Assert.Equal(("PENDING", "PENDING", "PENDING"), await StateAsync("ord-happy"));

        // The rule delivers OrderPlaced to both queues; SQS delivers at least once, so Payment gets it twice.
        var delivery = PutEntry.SqsEvent(orderPlaced.AsEventJson());
        Assert.Empty(await FailuresAsync("Inventory", delivery));
        Assert.Equal(("PENDING", "PENDING", "RESERVED"), await StateAsync("ord-happy"));
        Assert.Empty(await FailuresAsync("Payment", delivery));
        Assert.Empty(await FailuresAsync("Payment", delivery));

        Assert.Equal(("CONFIRMED", "CHARGED", "RESERVED"), await StateAsync("ord-happy"));
        Assert.Equal([$"{orderPlaced.Id}/inventory", $"{orderPlaced.Id}/payment"], (await ItemAsync("ord-happy"))["handled"].SS.Order(StringComparer.Ordinal));
        Assert.Empty(saga.EventBridge.Of("PaymentFailed", "ord-happy"));

        // The client retries its POST: same order, no second OrderPlaced.
        var again = await PlaceAsync("ord-happy", 40m);
        Assert.Equal(200, again.GetProperty("statusCode").GetInt32());
        Assert.Single(saga.EventBridge.Of("OrderPlaced", "ord-happy"));
    }

    [Fact]
    public async Task A_declined_payment_is_compensated_the_stock_released_and_the_order_cancelled()
    {
        await PlaceAsync("ord-declined", 5000m);
        var orderPlaced = Assert.Single(saga.EventBridge.Of("OrderPlaced", "ord-declined"));
        var delivery = PutEntry.SqsEvent(orderPlaced.AsEventJson());
        Assert.Empty(await FailuresAsync("Inventory", delivery));
        Assert.Empty(await FailuresAsync("Payment", delivery));
        Assert.Equal(("PENDING", "DECLINED", "RESERVED"), await StateAsync("ord-declined"));

        var paymentFailed = Assert.Single(saga.EventBridge.Of("PaymentFailed", "ord-declined"));
        var compensation = PutEntry.SqsEvent(paymentFailed.AsEventJson());
        Assert.Empty(await FailuresAsync("Compensation", compensation));
        Assert.Empty(await FailuresAsync("Compensation", compensation));

        Assert.Equal(("CANCELLED", "DECLINED", "RELEASED"), await StateAsync("ord-declined"));
    }

    [Fact]
    public async Task Stock_arriving_after_the_compensation_stays_released()
    {
        await PlaceAsync("ord-late-stock", 2000m);
        var orderPlaced = Assert.Single(saga.EventBridge.Of("OrderPlaced", "ord-late-stock"));
        Assert.Empty(await FailuresAsync("Payment", PutEntry.SqsEvent(orderPlaced.AsEventJson())));
        Assert.Empty(await FailuresAsync("Compensation", PutEntry.SqsEvent(Assert.Single(saga.EventBridge.Of("PaymentFailed", "ord-late-stock")).AsEventJson())));

        Assert.Empty(await FailuresAsync("Inventory", PutEntry.SqsEvent(orderPlaced.AsEventJson())));

        Assert.Equal(("CANCELLED", "DECLINED", "RELEASED"), await StateAsync("ord-late-stock"));
    }

    [Fact]
    public async Task Only_the_bad_messages_of_a_batch_are_reported_failed()
    {
        await PlaceAsync("ord-batch", 10m);
        var orderPlaced = Assert.Single(saga.EventBridge.Of("OrderPlaced", "ord-batch"));

        var failures = await FailuresAsync("Inventory", PutEntry.SqsEvent("not an event", orderPlaced.AsEventJson(), """{"id":"x","detail-type":"OrderPlaced","source":"s","detail":{"orderId":"ord-missing","amount":1,"lines":[]}}"""));

        Assert.Equal(["m0"], failures);
        Assert.Equal("RESERVED", (await StateAsync("ord-batch")).Inventory);
    }

    [Fact]
    public async Task A_bad_request_is_refused_without_writing()
    {
        await using var function = Start("PlaceOrder");

        var response = await function.InvokeJsonAsync(HttpEvent("""{"orderId":"ord-bad","amount":-1}"""));

        Assert.Equal(400, response.GetProperty("statusCode").GetInt32());
        Assert.Empty(await ItemAsync("ord-bad"));
    }

    [Fact]
    public void The_build_report_diagram_names_every_function_and_resource()
    {
        var markdown = File.ReadAllText(Path.Combine(saga.ReportFolder, "serverless-report.md"));
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(saga.ReportFolder, "serverless-report.json")));

        var nodes = json.RootElement.GetProperty("diagram").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal(
            ["fn:Compensation", "fn:Inventory", "fn:Payment", "fn:PlaceOrder", "route:POST /orders", "queue:Compensations", "queue:Inventory", "queue:Payments", "bus:Shop", "table:Orders"],
            nodes);
        var routes = json.RootElement.GetProperty("diagram").GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("kind").ToString() is "Routes" or "4")
            .Select(e => (e.GetProperty("from").GetString(), e.GetProperty("to").GetString(), e.GetProperty("label").GetString()));
        Assert.Equal(
            [("bus:Shop", "queue:Compensations", "PaymentFailed"), ("bus:Shop", "queue:Inventory", "OrderPlaced"), ("bus:Shop", "queue:Payments", "OrderPlaced")],
            routes);
        Assert.Contains("```mermaid", markdown, StringComparison.Ordinal);
        foreach (var name in (string[])["PlaceOrder", "Payment", "Inventory", "Compensation", "table: Orders", "bus: Shop", "queue: Payments", "queue: Inventory", "queue: Compensations"])
        {
            Assert.Contains($"\"{name}\"", markdown, StringComparison.Ordinal);
        }

        var page = HeadlessChromium.Render(Path.Combine(saga.ReportFolder, "serverless-report.html"));
        Assert.Empty(page.ConsoleMessages);
        Assert.Contains("class=\"diagram\"", page.Dom, StringComparison.Ordinal);
    }

    private async Task<JsonElement> PlaceAsync(string orderId, decimal amount)
    {
        await using var function = Start("PlaceOrder");
        var body = JsonSerializer.Serialize(new { orderId, customerId = "cust-1", amount, lines = new[] { new { sku = "sku-1", quantity = 2 } } });
        return await function.InvokeJsonAsync(HttpEvent(body));
    }

    private async Task<IReadOnlyList<string>> FailuresAsync(string function, string sqsEvent)
    {
        await using var running = Start(function);
        var response = await running.InvokeJsonAsync(sqsEvent);
        return [.. response.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString()!)];
    }

    private async Task<Dictionary<string, AttributeValue>> ItemAsync(string orderId)
    {
        var response = await saga.Client.GetItemAsync(new GetItemRequest
        {
            TableName = OrderSagaFixture.Table,
            Key = new Dictionary<string, AttributeValue> { ["pk"] = new() { S = orderId } },
            ConsistentRead = true,
        });
        return response.Item ?? [];
    }

    private async Task<(string Status, string Payment, string Inventory)> StateAsync(string orderId)
    {
        var item = await ItemAsync(orderId);
        return (item["status"].S, item["payment"].S, item["inventory"].S);
    }

    private static string HttpEvent(string body) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["version"] = "2.0",
        ["routeKey"] = "POST /orders",
        ["rawPath"] = "/orders",
        ["rawQueryString"] = "",
        ["headers"] = new Dictionary<string, string> { ["content-type"] = "application/json" },
        ["requestContext"] = new Dictionary<string, object>
        {
            ["accountId"] = "123456789012",
            ["apiId"] = "api",
            ["domainName"] = "api.example.com",
            ["domainPrefix"] = "api",
            ["http"] = new Dictionary<string, string> { ["method"] = "POST", ["path"] = "/orders", ["protocol"] = "HTTP/1.1", ["sourceIp"] = "203.0.113.10", ["userAgent"] = "test" },
            ["requestId"] = Guid.NewGuid().ToString(),
            ["routeKey"] = "POST /orders",
            ["stage"] = "$default",
            ["time"] = "03/Dec/2026:12:00:00 +0000",
            ["timeEpoch"] = 1796299200000,
        },
        ["body"] = body,
        ["isBase64Encoded"] = false,
    });
}
