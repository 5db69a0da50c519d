// Shared with ServerlessSdk.Runtime.Serilog.Tests (linked, built with SERILOG): the same calls against both loggers,
// whose method shapes are the same, so both must write Golden/log-lines.jsonl.
#if SERILOG
using Logger = Serilog.ILogger;
#else
using Logger = ServerlessSdk.Runtime.Logging.LambdaLogger;
#endif
using System.Text.Json;
using System.Text.Json.Nodes;
using ServerlessSdk.Runtime.Hosting;
using ServerlessSdk.Runtime.Logging;

namespace ServerlessSdk.Runtime.Tests.Logging;

internal static class GoldenLogCalls
{
    public static readonly FunctionEnvironment Environment = FunctionEnvironment.From(name => name switch
    {
        "AWS_LAMBDA_FUNCTION_NAME" => "orders-api",
        "AWS_LAMBDA_FUNCTION_VERSION" => "7",
        "POWERTOOLS_SERVICE_NAME" => "orders",
        _ => null,
    });

    /// <summary>The lines checked in when the runtime logged through Serilog, before it had its own logger.</summary>
    public static string[] Golden => File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Logging", "Golden", "log-lines.jsonl"));

    public static void Run(Logger logger, InvocationFields invocation)
    {
        logger.Information("Order {OrderId} placed for {Amount}", "o-42", 19.5m);
        logger.Information("Order {OrderId} has {Items} items, paid {Paid}", "o-42", 3, true);
        logger.Warning("Plain text with {{braces}} and no properties");
        logger.Information("Total {Total:0.00} at {Ratio}", 12.5m, 0.25);
        logger.Information("Missing {First} and {Second}", "only-one");
        logger.Information("Nothing {Value}", (string?)null);
        logger.Information("Tags {Tags} and counts {Counts}", new[] { "a", "b" }, new List<int> { 1, 2 });
        logger.Information("Basket {@Basket}", new Dictionary<string, int> { ["apples"] = 2 });
        logger.Information("When {When} id {Id}", new DateTimeOffset(2026, 12, 3, 7, 30, 0, TimeSpan.Zero), new Guid("5759e988-bd86-2e3f-e1be-46a994272793"));
        logger.Debug("below the level: not written");
        invocation.Begin("req-1", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", coldStart: true);
        logger.Information("Greeting {Name} in {Language}", "Ada", "en");
        invocation.End();
        invocation.Begin("req-2", null, coldStart: false);
        logger.Error(new InvalidOperationException("stock is negative"), "Invocation failed: {ErrorType}", "System.InvalidOperationException");
        invocation.End();
        logger.Fatal("Runtime API failure, exiting: {Reason}", "connection refused");
    }

    /// <summary>The timestamp and the stack trace differ on every run; their presence and shape are what stays.</summary>
    public static string Normalise(string line)
    {
        var node = JsonNode.Parse(line)!.AsObject();
        Assert.True(DateTimeOffset.TryParse(node["timestamp"]!.GetValue<string>(), out _));
        node["timestamp"] = "<timestamp>";
        if (node["exception"] is JsonObject exception)
        {
            Assert.Contains(exception["message"]!.GetValue<string>(), exception["stack_trace"]!.GetValue<string>(), StringComparison.Ordinal);
            exception["stack_trace"] = "<stack trace>";
        }

        return node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
