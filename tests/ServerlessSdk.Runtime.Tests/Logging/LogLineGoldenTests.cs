using ServerlessSdk.Runtime.Logging;

namespace ServerlessSdk.Runtime.Tests.Logging;

/// <summary>
/// The runtime's own logger against the JSON lines users got from the Serilog-based logger it replaced
/// (Golden/log-lines.jsonl, checked in from that logger): every field, value and the message text stay.
/// </summary>
public sealed class LogLineGoldenTests
{
    [Fact]
    public void The_same_calls_write_the_same_fields_as_the_serilog_logger_did()
    {
        var output = new MemoryStream();
        var invocation = new InvocationFields();
        var logger = LambdaLog.Create(new JsonLineWriter(output), GoldenLogCalls.Environment, invocation, LambdaLogLevel.Information);

        GoldenLogCalls.Run(logger, invocation);

        Assert.Equal(GoldenLogCalls.Golden, TestOutput.Lines(output).Select(GoldenLogCalls.Normalise));
    }
}
