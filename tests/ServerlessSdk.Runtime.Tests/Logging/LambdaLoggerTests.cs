using System.Text.Json;
using ServerlessSdk.Runtime.Hosting;
using ServerlessSdk.Runtime.Logging;

namespace ServerlessSdk.Runtime.Tests.Logging;

public sealed class LambdaLoggerTests
{
    private static readonly FunctionEnvironment Environment = FunctionEnvironment.From(name => name switch
    {
        "AWS_LAMBDA_FUNCTION_NAME" => "orders-api",
        "AWS_LAMBDA_FUNCTION_VERSION" => "7",
        "POWERTOOLS_SERVICE_NAME" => "orders",
        _ => null,
    });

    private readonly MemoryStream _output = new();
    private readonly InvocationFields _invocation = new();
    private readonly LambdaLogger _logger;

    public LambdaLoggerTests() => _logger = LambdaLog.Create(new JsonLineWriter(_output), Environment, _invocation, LambdaLogLevel.Information);

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
        _logger.MinimumLevel = LambdaLogLevel.Warning;
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

    [Fact]
    public void A_call_below_the_level_does_not_format_its_values()
    {
        var value = new CountingValue();
        _logger.Debug("Costly {Value}", value);
        _logger.Debug("Costly {Value} {Again}", (object)value, value);

        Assert.Equal(0, value.Formatted);
        Assert.Empty(TestOutput.Lines(_output));
        Assert.False(_logger.IsEnabled(LambdaLogLevel.Debug));
    }

    [Fact]
    public void An_event_property_wins_over_a_runtime_field_of_the_same_name()
    {
        _invocation.Begin("req-1", null, coldStart: true);
        _logger.Information("Serving {service} cold {cold_start}", "payments", "maybe");
        _invocation.End();

        var line = SingleLine();
        Assert.Equal("payments", line.GetProperty("service").GetString());
        Assert.Equal("maybe", line.GetProperty("cold_start").GetString());
        Assert.Equal(1, line.EnumerateObject().Count(p => p.Name == "service"));
    }

    [Theory]
    [InlineData("Item {0} of {1}", "Item a of b")]
    [InlineData("[{Name,6}] [{Name2,-4}]", "[     a] [b   ]")]
    [InlineData("{not a hole} {Name}", "{not a hole} a")]
    [InlineData("Unclosed {Name", "Unclosed {Name")]
    [InlineData("{$Name}", "a")]
    public void Templates_render_like_serilog(string template, string expected)
    {
        _logger.Information(template, "a", "b");

        Assert.Equal(expected, SingleLine().GetProperty("message").GetString());
    }

    [Fact]
    public void A_logger_for_nothing_writes_nothing()
    {
        LambdaLogger.None.Fatal("never {Value}", 1);

        Assert.False(LambdaLogger.None.IsEnabled(LambdaLogLevel.Critical));
    }

    [Fact]
    public void A_value_that_throws_while_formatting_loses_its_line_not_the_invocation()
    {
        _logger.Information("Bad {Value}", new ThrowingValue());
        _logger.Information("Good");

        Assert.Equal("Good", SingleLine().GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("TRACE", LambdaLogLevel.Trace)]
    [InlineData("DEBUG", LambdaLogLevel.Debug)]
    [InlineData("INFO", LambdaLogLevel.Information)]
    [InlineData("warn", LambdaLogLevel.Warning)]
    [InlineData("ERROR", LambdaLogLevel.Error)]
    [InlineData("FATAL", LambdaLogLevel.Critical)]
    public void Lambda_log_level_names_map_to_levels(string name, LambdaLogLevel expected)
    {
        Assert.Equal(expected, LambdaLogLevels.Parse(name));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LOUD")]
    public void Unknown_log_level_names_leave_the_default(string? name)
    {
        Assert.Null(LambdaLogLevels.Parse(name));
    }

    [Theory]
    [InlineData(LambdaLogLevel.Trace, "Trace")]
    [InlineData(LambdaLogLevel.Critical, "Critical")]
    [InlineData(LambdaLogLevel.Warning, "Warning")]
    public void Level_names_follow_microsoft_extensions_logging(LambdaLogLevel level, string expected)
    {
        Assert.Equal(expected, LambdaLogLevels.Name(level));
    }

    private sealed class CountingValue : IFormattable
    {
        public int Formatted { get; private set; }

        public string ToString(string? format, IFormatProvider? formatProvider)
        {
            Formatted++;
            return "counted";
        }
    }

    private sealed class ThrowingValue
    {
        public override string ToString() => throw new InvalidOperationException("broken ToString");
    }
}
