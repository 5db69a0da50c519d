using System.CommandLine;
using System.Text;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Cli.Commands;

/// <summary><c>dotnet serverless events [type]</c>: a realistic sample event, or the list of types.</summary>
internal static class EventsCommand
{
    public static Command Create(Terminal terminal)
    {
        var type = new Argument<string?>("type")
        {
            Description = $"The event type: {string.Join(", ", SampleEvents.TriggerTypes)}. Omit it to list them.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = CommonOptions.Json();
        var command = new Command("events", "Print a realistic sample event to invoke a function with (events sqs > sqs.json).") { type, json };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(terminal, result, cancellationToken, () => Task.FromResult(Run(terminal, result.GetValue(type), result.GetValue(json)))));
        return command;
    }

    private static int Run(Terminal terminal, string? type, bool json)
    {
        if (type is null)
        {
            if (json)
            {
                terminal.Json(writer =>
                {
                    writer.WriteStartArray();
                    foreach (var name in SampleEvents.TriggerTypes)
                    {
                        writer.WriteStringValue(name);
                    }

                    writer.WriteEndArray();
                });
            }
            else
            {
                foreach (var name in SampleEvents.TriggerTypes)
                {
                    terminal.OutputLine(name);
                }
            }

            return ExitCodes.Success;
        }

        // The event is JSON already: --json changes nothing here, so scripts can pass it everywhere.
        var sample = SampleEvents.For(type);
        if (!sample.Succeeded)
        {
            throw new ToolException(sample.Diagnostics[0]);
        }

        terminal.Output.Write(Encoding.UTF8.GetString(sample.Payload.Span).TrimEnd('\n') + "\n");
        terminal.Output.Flush();
        return ExitCodes.Success;
    }
}
