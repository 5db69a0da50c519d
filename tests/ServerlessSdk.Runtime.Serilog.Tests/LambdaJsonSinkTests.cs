using System.Text.Json;
using Serilog;
using Serilog.Events;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Tests;
using ServerlessSdk.Runtime.Tests.Logging;

namespace ServerlessSdk.Runtime.Serilog.Tests;

public sealed class LambdaJsonSinkTests
{
    private readonly MemoryStream _output = new();
    private readonly InvocationFields _invocation = new();
    private readonly LambdaLogger _lambda;

    public LambdaJsonSinkTests() =>
        _lambda = LambdaLog.Create(new JsonLineWriter(_output), GoldenLogCalls.Environment, _invocation, LambdaLogLevel.Information);

    [Fact]
    public void Serilog_through_the_sink_writes_the_same_lines_as_the_runtime_logger()
    {
        using var logger = new LoggerConfiguration().ForLambda(_lambda).CreateLogger();

        GoldenLogCalls.Run(logger, _invocation);

        Assert.Equal(GoldenLogCalls.Golden, TestOutput.Lines(_output).Select(GoldenLogCalls.Normalise));
    }

    [Fact]
    public void The_minimum_level_follows_the_runtime_logger()
    {
        _lambda.MinimumLevel = LambdaLogLevel.Warning;
        using var logger = new LoggerConfiguration().ForLambda(_lambda).CreateLogger();

        logger.Information("quiet");
        logger.Warning("loud");

        var line = Assert.Single(TestOutput.Lines(_output));
        Assert.Equal("loud", JsonDocument.Parse(line).RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void Serilog_enrichers_add_fields_to_the_line()
    {
        using var logger = new LoggerConfiguration().Enrich.WithProperty("tenant", "acme").WriteTo.LambdaJson(_lambda).CreateLogger();

        logger.Information("Hello {Name}", "Ada");

        var line = JsonDocument.Parse(Assert.Single(TestOutput.Lines(_output))).RootElement;
        Assert.Equal("acme", line.GetProperty("tenant").GetString());
        Assert.Equal("orders", line.GetProperty("service").GetString());
        Assert.Equal("Hello Ada", line.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(LambdaLogLevel.Trace, LogEventLevel.Verbose)]
    [InlineData(LambdaLogLevel.Information, LogEventLevel.Information)]
    [InlineData(LambdaLogLevel.Critical, LogEventLevel.Fatal)]
    public void Levels_map_both_ways(LambdaLogLevel lambda, LogEventLevel serilog)
    {
        Assert.Equal(serilog, LambdaJsonSink.ToSerilog(lambda));
        Assert.Equal(lambda, LambdaJsonSink.ToLambda(serilog));
    }
}
