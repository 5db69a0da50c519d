using System.CommandLine;
using System.Text;
using System.Text.Json;
using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Cli.Commands;

/// <summary><c>dotnet serverless invoke</c>: one cold invocation under the Runtime API emulator, or for an Azure project the local Functions host.</summary>
internal static class InvokeCommand
{
    public static Command Create(Terminal terminal)
    {
        var project = CommonOptions.Project();
        var function = new Option<string?>("--function", "-f") { Description = "The function to invoke, when the project declares several." };
        var eventFile = new Option<string?>("--event", "-e")
        {
            Description = "The event: a JSON file, or - for standard input (default: the sample event for the function's trigger).",
        };
        var configuration = CommonOptions.Configuration("Debug");
        var aot = CommonOptions.Aot();
        var noBuild = CommonOptions.NoBuild();
        var json = CommonOptions.Json();
        var command = new Command("invoke", "Build the function if needed, invoke it once with an event and print its response, logs and timings.")
        {
            project, function, eventFile, configuration, aot, noBuild, json,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(terminal, result, cancellationToken, async () =>
        {
            // A bad event file fails before a build that may take a minute.
            var given = result.GetValue(eventFile) is { } source ? EventInput.Read(source) : null;
            var (target, built) = await FunctionProjectLoader.LoadAsync(terminal, result.GetValue(project), result.GetValue(configuration)!,
                result.GetValue(aot), result.GetValue(noBuild), cancellationToken).ConfigureAwait(false);
            if (target.Project.IsAzure)
            {
                return await InvokeAzureAsync(terminal, target, built, result.GetValue(function), given, result.GetValue(eventFile), result.GetValue(json), cancellationToken).ConfigureAwait(false);
            }

            var (tables, catalog) = await LocalTables.StartAsync(terminal, built, [built.Resolve(result.GetValue(function))], cancellationToken).ConfigureAwait(false);
            using var stopTables = tables;
            var chosen = catalog.Resolve(result.GetValue(function));
            var payload = given ?? EventInput.Default(target.Project, catalog, chosen);
            await using var session = new FunctionSession(target, chosen);
            var report = await session.InvokeAsync(payload, cancellationToken).ConfigureAwait(false);
            await session.StopAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            var logs = session.Logs.Select(l => l.Text).ToList();
            if (result.GetValue(json))
            {
                WriteJson(terminal, chosen, report, logs);
            }
            else
            {
                WriteText(terminal, chosen, report, logs);
            }

            return report.Succeeded ? ExitCodes.Success : ExitCodes.FunctionFailed;
        }));
        return command;
    }

    /// <summary>
    /// An Azure project: the custom handler under the local Functions host, sent the function's request (a proxied HTTP
    /// request, or the invocation payload) — the given one, or the sample for its trigger that the build's probe sends.
    /// </summary>
    private static async Task<int> InvokeAzureAsync(
        Terminal terminal, FunctionTarget target, FunctionCatalog catalog, string? name, byte[]? given, string? source, bool json, CancellationToken cancellationToken)
    {
        // --function may name an Azure function (Items_2, a further trigger) as well as a C# one.
        var declared = name is not null && catalog.Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) is { } named ? named
            : name is null ? catalog.Resolve(null) : null;
        var app = AzureSession.LoadApp(target);
        using var storage = await LocalAzureStorageSession.StartAsync(terminal, app, catalog.Manifest, target.Project.ProjectDirectory, cancellationToken).ConfigureAwait(false);
        await using var session = AzureSession.Open(target, LocalAzureStorageSession.Settings(declared?.Declaration?.Environment, storage));
        var azure = session.Resolve(declared?.Name ?? name!);
        var request = given is not null ? session.RequestFrom(azure, given, source ?? "-") : DefaultRequest(target, catalog, session.App, azure);
        var (report, invocationLogs) = await session.SendAsync(request, declared?.Declaration?.Timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null, cancellationToken).ConfigureAwait(false);
        var logs = session.Logs.Select(l => l.Text).Concat(invocationLogs).ToList();
        var shown = new LocalFunction(azure.Name, declared?.Declaration);
        if (json)
        {
            WriteJson(terminal, shown, report, logs);
        }
        else
        {
            WriteText(terminal, shown, report, logs);
        }

        return report.Succeeded ? ExitCodes.Success : ExitCodes.FunctionFailed;
    }

    /// <summary>
    /// The probe's request: for the app's only function, when it is not HTTP, ServerlessStartupEvent's content as its
    /// trigger value (a queue message, a blob); otherwise the sample for its trigger.
    /// </summary>
    private static AzureRequest DefaultRequest(FunctionTarget target, FunctionCatalog catalog, AzureApp app, AzureFunction azure)
    {
        if (azure.IsHttp || catalog.Functions.Count != 1 || string.IsNullOrWhiteSpace(target.Project.StartupEvent))
        {
            return AzureSampleRequests.For(app, azure, DateTimeOffset.UtcNow);
        }

        var file = DefaultEvent.For(target.Project.ProjectDirectory, target.Project.StartupEvent, triggerType: null);
        return file.Succeeded
            ? AzureSampleRequests.WithContent(azure, Encoding.UTF8.GetString(file.Payload.Span), DateTimeOffset.UtcNow)
            : throw new ToolException(file.Diagnostics[0]);
    }

    private static void WriteText(Terminal terminal, LocalFunction function, InvocationReport report, IReadOnlyList<string> logs)
    {
        foreach (var line in logs)
        {
            terminal.ErrorLine(line);
        }

        // The body alone on stdout, so it can be piped; indented when it is JSON.
        terminal.Output.Write(Pretty(report.Body) + "\n");
        terminal.Output.Flush();
        var timings = report.DurationMs is { } duration ? $"{duration:0.0} ms" : "no answer";
        if (report.Cold)
        {
            timings += $" (cold start: {(report.InitMs is { } init ? $"init {init:0.0} ms, " : "")}total {report.TotalMs:0.0} ms)";
        }

        var (code, outcome) = report.Status switch
        {
            InvocationStatus.Response => (null, "response"),
            InvocationStatus.Error => (DiagnosticCodes.FunctionReturnedError, $"error {report.ErrorType}"),
            InvocationStatus.Crashed => (DiagnosticCodes.FunctionCrashed, $"crashed {report.ErrorType}{(report.ExitCode is { } exit ? $" (exit code {exit})" : "")}"),
            _ => (DiagnosticCodes.FunctionTimedOut, $"timed out after {function.Timeout.TotalSeconds:0.##} s"),
        };
        terminal.ErrorLine($"{function.Name}: {outcome} in {timings}");
        if (code is not null)
        {
            terminal.Diagnostic(ServerlessDiagnostic.Error(code, $"The function {function.Name} failed: {outcome}; its logs and error document are above."));
        }
    }

    private static void WriteJson(Terminal terminal, LocalFunction function, InvocationReport report, IReadOnlyList<string> logs) => terminal.Json(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("function", function.Name);
        writer.WriteString("status", JsonNamingPolicy.CamelCase.ConvertName(report.Status.ToString()));
        writer.WriteString("errorType", report.ErrorType);
        writer.WritePropertyName("response");
        if (IsJson(report.Body))
        {
            using var document = JsonDocument.Parse(report.Body);
            document.RootElement.WriteTo(writer);
        }
        else
        {
            writer.WriteStringValue(Encoding.UTF8.GetString(report.Body));
        }

        writer.WriteBoolean("coldStart", report.Cold);
        writer.WriteStartObject("timings");
        WriteNumber(writer, "initMs", report.InitMs);
        WriteNumber(writer, "durationMs", report.DurationMs);
        WriteNumber(writer, "totalMs", report.TotalMs);
        writer.WriteEndObject();
        writer.WriteStartArray("logs");
        foreach (var line in logs)
        {
            writer.WriteStringValue(line);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, Math.Round(number, 3));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static bool IsJson(byte[] body)
    {
        try
        {
            using var _ = JsonDocument.Parse(body);
            return body.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Pretty(byte[] body)
    {
        if (!IsJson(body))
        {
            return Encoding.UTF8.GetString(body);
        }

        using var document = JsonDocument.Parse(body);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Terminal.JsonOptions))
        {
            document.RootElement.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
