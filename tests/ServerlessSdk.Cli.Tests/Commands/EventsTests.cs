using System.CommandLine;
using System.Text.Json;
using ServerlessSdk.Cli.Commands;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>The events command in-process: it needs no project, so no MSBuild and no child process.</summary>
public sealed class EventsTests
{
    [Theory]
    [InlineData("api")]
    [InlineData("sqs")]
    [InlineData("sns")]
    [InlineData("eventbridge")]
    [InlineData("schedule")]
    [InlineData("s3")]
    [InlineData("dynamodb")]
    [InlineData("kinesis")]
    public async Task Each_sample_event_parses_as_the_runtimes_event_type(string type)
    {
        var (exitCode, output, _) = await RunAsync("events", type);

        Assert.Equal(0, exitCode);
        object? parsed = type switch
        {
            "api" => JsonSerializer.Deserialize(output, HttpApiJsonContext.Default.HttpApiRequest)?.RequestContext.Http.Method,
            "sqs" => JsonSerializer.Deserialize(output, SqsJsonContext.Default.SqsEvent)?.Records[0].Body,
            "sns" => JsonSerializer.Deserialize(output, SnsJsonContext.Default.SnsEvent)?.Records[0].Sns.Message,
            "eventbridge" => JsonSerializer.Deserialize(output, EventBridgeJsonContext.Default.EventBridgeEventJsonElement)?.DetailType,
            "schedule" => JsonSerializer.Deserialize(output, EventBridgeJsonContext.Default.ScheduledEvent)?.DetailType,
            "s3" => JsonSerializer.Deserialize(output, S3JsonContext.Default.S3Event)?.Records[0].S3.Object.Key,
            "dynamodb" => JsonSerializer.Deserialize(output, StreamsJsonContext.Default.DynamoDbStreamEvent)?.Records[0].EventName,
            _ => JsonSerializer.Deserialize(output, StreamsJsonContext.Default.KinesisEvent)?.Records[0].Kinesis.Data,
        };
        Assert.False(string.IsNullOrEmpty(parsed?.ToString()));
    }

    [Fact]
    public async Task Without_a_type_it_lists_every_type_and_with_json_as_an_array()
    {
        var (exitCode, output, _) = await RunAsync("events", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(SampleEvents.TriggerTypes, JsonSerializer.Deserialize<string[]>(output));
    }

    [Fact]
    public async Task An_unknown_type_is_SLS2010_and_exit_code_2()
    {
        var (exitCode, _, error) = await RunAsync("events", "websocket");

        Assert.Equal(ExitCodes.ToolError, exitCode);
        Assert.Contains("error SLS2010", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var terminal = new Terminal(output, error, forcePlain: true);
        var root = new RootCommand { EventsCommand.Create(terminal) };
        var exitCode = await root.Parse(args).InvokeAsync();
        return (exitCode, output.ToString(), error.ToString());
    }
}
