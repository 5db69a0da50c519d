using System.Text.Json;
using System.Text.Json.Nodes;
using Serilog.Core;
using Serilog.Events;
using ServerlessSdk.Runtime.Hosting;
using ServerlessSdk.Runtime.Logging;

namespace ServerlessSdk.Runtime.Tests.Logging;

/// <summary>
/// The JSON lines users got from the Serilog-based logger, checked in (Golden/log-lines.jsonl) before the runtime
/// moved to its own writer: the same calls must keep producing the same fields and values.
/// </summary>
public sealed class LogLineGoldenTests
{
    private static readonly string GoldenPath = Path.Combine(AppContext.BaseDirectory, "Logging", "Golden", "log-lines.jsonl");

    [Fact]
    public void The_same_calls_write_the_same_fields_as_the_serilog_logger_did()
    {
        var output = new MemoryStream();
        var invocation = new InvocationEnricher();
        var logger = LambdaLog.Create(new JsonLineWriter(output), Environment(), invocation, new LoggingLevelSwitch(LogEventLevel.Information));

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

        var actual = TestOutput.Lines(output).Select(Normalise).ToArray();
        if (System.Environment.GetEnvironmentVariable("SERVERLESS_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(SourceDirectory(), "Logging", "Golden", "log-lines.jsonl");
            File.WriteAllLines(source, actual);
        }

        Assert.Equal(File.ReadAllLines(GoldenPath), actual);
    }

    private static FunctionEnvironment Environment() => FunctionEnvironment.From(name => name switch
    {
        "AWS_LAMBDA_FUNCTION_NAME" => "orders-api",
        "AWS_LAMBDA_FUNCTION_VERSION" => "7",
        "POWERTOOLS_SERVICE_NAME" => "orders",
        _ => null,
    });

    // The timestamp and the stack trace differ on every run; their presence and shape are what stays.
    private static string Normalise(string line)
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

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}
