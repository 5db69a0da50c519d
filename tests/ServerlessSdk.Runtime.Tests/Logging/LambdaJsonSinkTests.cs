using System.Text.Json;
using Serilog.Core;
using Serilog.Events;
using ServerlessSdk.Runtime.Hosting;
using ServerlessSdk.Runtime.Logging;

namespace ServerlessSdk.Runtime.Tests.Logging;

public sealed class LambdaJsonSinkTests
{
    private static readonly FunctionEnvironment Environment = FunctionEnvironment.From(name => name switch
    {
        "AWS_LAMBDA_FUNCTION_NAME" => "orders-api",
        "AWS_LAMBDA_FUNCTION_VERSION" => "7",
        "POWERTOOLS_SERVICE_NAME" => "orders",
        _ => null,
    });

    private readonly MemoryStream _output = new();
    private readonly InvocationEnricher _invocation = new();
    private readonly LoggingLevelSwitch _level = new(LogEventLevel.Information);
    private readonly Logger _logger;

    public LambdaJsonSinkTests() => _logger = LambdaLog.Create(new JsonLineWriter(_output), Environment, _invocation, _level);

    private JsonElement SingleLine()
    {
        var lines = TestOutput.Lines(_output);
        Assert.Single(lines);
        return JsonDocument.Parse(lines[0]).RootElement;
    }

    [Fact]
    public void Each_event_is_one_json_line_with_powertools_fields()
    {
        _logger.Information("Order {OrderId} placed for {Amount}", "o-42", 19.5m);

        var line = SingleLine();
        Assert.Equal("Information", line.GetProperty("level").GetString());
        Assert.Equal("Order o-42 placed for 19.5", line.GetProperty("message").GetString());
        Assert.Equal("orders", line.GetProperty("service").GetString());
        Assert.Equal("orders-api", line.GetProperty("function_name").GetString());
        Assert.Equal("7", line.GetProperty("function_version").GetString());
        Assert.True(DateTimeOffset.TryParse(line.GetProperty("timestamp").GetString(), out _));
    }

    [Fact]
    public void Message_template_properties_keep_their_json_types()
    {
        _logger.Information("Order {OrderId} has {Items} items, paid {Paid}", "o-42", 3, true);

        var line = SingleLine();
        Assert.Equal("o-42", line.GetProperty("OrderId").GetString());
        Assert.Equal(3, line.GetProperty("Items").GetInt32());
        Assert.True(line.GetProperty("Paid").GetBoolean());
    }

    [Fact]
    public void Events_during_an_invocation_carry_request_id_trace_id_and_cold_start()
    {
        _invocation.Begin("req-1", "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", coldStart: true);
        _logger.Information("handling");
        _invocation.End();

        var line = SingleLine();
        Assert.Equal("req-1", line.GetProperty("function_request_id").GetString());
        Assert.StartsWith("Root=1-5759e988", line.GetProperty("xray_trace_id").GetString(), StringComparison.Ordinal);
        Assert.True(line.GetProperty("cold_start").GetBoolean());
    }

    [Fact]
    public void Events_outside_an_invocation_have_no_request_id()
    {
        _invocation.Begin("req-1", null, coldStart: false);
        _invocation.End();
        _logger.Information("between invocations");

        Assert.False(SingleLine().TryGetProperty("function_request_id", out _));
    }

    [Fact]
    public void Exceptions_are_written_as_an_object_with_type_message_and_stack_trace()
    {
        _logger.Error(new InvalidOperationException("stock is negative"), "Failed");

        var exception = SingleLine().GetProperty("exception");
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
        Assert.Equal("stock is negative", exception.GetProperty("message").GetString());
        Assert.Contains("stock is negative", exception.GetProperty("stack_trace").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Events_below_the_minimum_level_are_not_written()
    {
        _level.MinimumLevel = LogEventLevel.Warning;
        _logger.Information("quiet");
        _logger.Warning("loud");

        Assert.Equal("loud", SingleLine().GetProperty("message").GetString());
    }

    [Fact]
    public void Structured_values_are_written_as_json_objects_and_arrays()
    {
        _logger.Information("Basket {@Basket} with {Tags}", new Dictionary<string, int> { ["apples"] = 2 }, new[] { "a", "b" });

        var line = SingleLine();
        Assert.Equal(2, line.GetProperty("Basket").GetProperty("apples").GetInt32());
        Assert.Equal(["a", "b"], line.GetProperty("Tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("TRACE", LogEventLevel.Verbose)]
    [InlineData("DEBUG", LogEventLevel.Debug)]
    [InlineData("INFO", LogEventLevel.Information)]
    [InlineData("warn", LogEventLevel.Warning)]
    [InlineData("ERROR", LogEventLevel.Error)]
    [InlineData("FATAL", LogEventLevel.Fatal)]
    public void Lambda_log_level_names_map_to_serilog_levels(string name, LogEventLevel expected)
    {
        Assert.Equal(expected, LambdaLog.ParseLevel(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LOUD")]
    public void Unknown_log_level_names_leave_the_default(string? name)
    {
        Assert.Null(LambdaLog.ParseLevel(name));
    }

    [Theory]
    [InlineData(LogEventLevel.Verbose, "Trace")]
    [InlineData(LogEventLevel.Fatal, "Critical")]
    [InlineData(LogEventLevel.Warning, "Warning")]
    public void Level_names_follow_microsoft_extensions_logging(LogEventLevel level, string expected)
    {
        Assert.Equal(expected, LambdaJsonSink.LevelName(level));
    }
}
