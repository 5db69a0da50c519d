using System.Diagnostics;
using System.Text.Json.Serialization;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Metrics;

return await LambdaRuntime.RunAsync(
    HandleAsync,
    TestJsonContext.Default.Command,
    TestJsonContext.Default.Reply,
    new LambdaRuntimeOptions
    {
        Startup = static () => Environment.GetEnvironmentVariable("TEST_FAIL_INIT") == "1"
            ? throw new InvalidOperationException("init failed on purpose")
            : ValueTask.CompletedTask,
    });

static async ValueTask<Reply> HandleAsync(Command command, ILambdaContext context)
{
    switch (command.Action)
    {
        case "echo":
            return Reply.From(context, command.Message);
        case "throw":
            throw new InvalidOperationException(command.Message ?? "handler failed on purpose");
        case "null":
            // A framework exception: its message is a resource key under UseSystemResourceKeys, its type is not.
            return Reply.From(context, command.Message!.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        case "trace":
            Traced(command.Message ?? "traced");
            return Reply.From(context, "traced");
        case "big":
            return Reply.From(context, new string('x', command.Size));
        case "log":
            context.Logger.Information("Logged {Detail} from the handler", command.Message);
            return Reply.From(context, "logged");
        case "metric":
            context.Metrics.AddDimension("operation", "test").AddMetric("Widgets", command.Size, MetricUnit.Count);
            return Reply.From(context, "measured");
        case "sleep":
            await Task.Delay(command.Size);
            return Reply.From(context, "slept");
        case "wait-for-cancel":
            try
            {
                await Task.Delay(Timeout.Infinite, context.CancellationToken);
                return Reply.From(context, "never");
            }
            catch (OperationCanceledException)
            {
                return Reply.From(context, "cancelled");
            }

        default:
            throw new ArgumentException($"unknown action '{command.Action}'");
    }
}

static void Traced(string name)
{
    using var outer = Tracing.Source.StartActivity(name, ActivityKind.Client);
    outer?.SetTag("customer_id", "c-42").SetTag("server.address", "inventory.local");
    using var inner = Tracing.Source.StartActivity("reserve");
    try
    {
        throw new InvalidOperationException("out of stock");
    }
    catch (InvalidOperationException ex)
    {
        inner?.AddException(ex).SetStatus(ActivityStatusCode.Error, ex.Message);
    }
}

internal static class Tracing
{
    public static readonly ActivitySource Source = new("TestFunction");
}

internal sealed record Command(string Action, string? Message = null, int Size = 0);

internal sealed record Reply(
    string? Message,
    string RequestId,
    string FunctionArn,
    bool ColdStart,
    long RemainingMs,
    string? TraceId,
    string? TraceEnvironment,
    int ClientContextLength)
{
    public static Reply From(ILambdaContext context, string? message) => new(
        message,
        context.RequestId,
        context.InvokedFunctionArn,
        context.IsColdStart,
        (long)context.RemainingTime.TotalMilliseconds,
        context.TraceId,
        Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"),
        context.ClientContext?.Length ?? 0);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Command))]
[JsonSerializable(typeof(Reply))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
