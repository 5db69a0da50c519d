using System.Text.Json;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// The event-driven sample, published with Native AOT: the generated dispatcher picks the declared function from
/// SERVERLESS_FUNCTION (as the emitted IaC sets it) and binds each event type without reflection.
/// </summary>
[Collection(PublishedFunctionsCollection.Name)]
public sealed class OrderPipelineTests(PublishedFunctions functions)
{
    private static readonly string Events = Path.Combine(Repository.Root, "samples/OrderPipeline/events");

    private RunningFunction Start(string? function) => RunningFunction.Start(
        FunctionCommand.Executable(functions.OrderPipeline.Bootstrap),
        function is null ? null : new Dictionary<string, string> { ["SERVERLESS_FUNCTION"] = function });

    private static string Event(string name) => File.ReadAllText(Path.Combine(Events, name));

    [Fact]
    public async Task The_sqs_worker_reports_only_the_invalid_message_as_failed()
    {
        await using var function = Start("ProcessOrders");

        var response = await function.InvokeJsonAsync(Event("orders-batch.json"));

        var failure = Assert.Single(response.GetProperty("batchItemFailures").EnumerateArray());
        Assert.Equal("bad-0001-not-json", failure.GetProperty("itemIdentifier").GetString());
        Assert.Contains(function.JsonLines(), l => l.TryGetProperty("OrdersAccepted", out _));
    }

    [Fact]
    public async Task The_eventbridge_consumer_reads_its_typed_detail()
    {
        await using var function = Start("OnOrderPlaced");

        var result = await function.InvokeAsync(Event("order-placed.json"));

        Assert.Equal(InvocationOutcome.Response, result.Outcome);
        Assert.Equal("null", result.BodyText);
        Assert.Contains(function.JsonLines(), l => l.TryGetProperty("message", out var m) && m.GetString()!.StartsWith("Order ord-1001 placed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_scheduled_job_runs_on_its_tick()
    {
        await using var function = Start("NightlyReport");

        var result = await function.InvokeAsync(Event("nightly.json"));

        Assert.Equal(InvocationOutcome.Response, result.Outcome);
    }

    [Fact]
    public async Task Without_SERVERLESS_FUNCTION_a_multi_function_bootstrap_reports_an_init_error_naming_its_functions()
    {
        await using var function = Start(null);

        var initError = await function.Emulator.InitErrorReported.WaitAsync(RunningFunction.Wait);

        var message = JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString();
        Assert.Contains("ProcessOrders", message, StringComparison.Ordinal);
        Assert.NotEqual(0, await function.ExitCodeAsync());
    }
}
