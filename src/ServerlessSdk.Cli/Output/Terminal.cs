using System.Text.Encodings.Web;
using System.Text.Json;
using ServerlessSdk.Tooling.Diagnostics;
using Spectre.Console;

namespace ServerlessSdk.Cli.Output;

/// <summary>
/// Where the tool writes: results to stdout, progress, logs and diagnostics to stderr, so <c>invoke | jq</c> sees
/// only the response. Colours and spinners only on a terminal; plain text when redirected or when NO_COLOR is set.
/// </summary>
internal sealed class Terminal
{
    public Terminal(TextWriter output, TextWriter error, bool forcePlain = false)
    {
        Output = output;
        ErrorOutput = error;
        var plain = forcePlain || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        Out = Create(output, plain);
        Error = Create(error, plain);
    }

    /// <summary>The raw stdout, for JSON and bodies that must not be touched by markup.</summary>
    public TextWriter Output { get; }

    /// <summary>The raw stderr, for lines that must not be wrapped (function logs, request logs).</summary>
    public TextWriter ErrorOutput { get; }

    /// <summary>stdout for people.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>stderr for people: progress, logs, diagnostics.</summary>
    public IAnsiConsole Error { get; }

    /// <summary>True when stderr is a terminal that can redraw a spinner.</summary>
    public bool CanAnimate => Error.Profile.Capabilities.Interactive && Error.Profile.Capabilities.Ansi;

    /// <summary>Indented, and readable: only what JSON requires is escaped (the output is not embedded in HTML).</summary>
    public static JsonWriterOptions JsonOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Terminal ForConsole() => new(Console.Out, Console.Error);

    public void Diagnostic(ServerlessDiagnostic diagnostic)
    {
        if (!Error.Profile.Capabilities.Ansi)
        {
            // Whole lines, never wrapped: CI logs and IDEs match "error SLS6101:" per line.
            ErrorLine(diagnostic.ToString());
            return;
        }

        var color = diagnostic.Severity == DiagnosticSeverity.Error ? "red" : "yellow";
        Error.MarkupLineInterpolated($"[{color}]{diagnostic.ToString()}[/]");
    }

    /// <summary>One line on stderr as it is.</summary>
    public void ErrorLine(string line)
    {
        ErrorOutput.WriteLine(line);
        ErrorOutput.Flush();
    }

    /// <summary>One line on stdout as it is.</summary>
    public void OutputLine(string line)
    {
        Output.WriteLine(line);
        Output.Flush();
    }

    /// <summary>One indented JSON document and a newline on stdout.</summary>
    public void Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        Output.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        Output.Write('\n');
        Output.Flush();
    }

    /// <summary>Runs <paramref name="work"/> under a spinner on a terminal, or after one plain line otherwise.</summary>
    public async Task<T> ProgressAsync<T>(string description, Func<Task<T>> work)
    {
        if (!CanAnimate)
        {
            ErrorLine(description + "...");
            return await work().ConfigureAwait(false);
        }

        return await Error.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(description) + "...", _ => work()).ConfigureAwait(false);
    }

    private static IAnsiConsole Create(TextWriter writer, bool plain)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = plain ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (!console.Profile.Capabilities.Interactive)
        {
            // Redirected output has no width; the 80 columns Spectre assumes would squeeze tables.
            console.Profile.Width = 200;
        }

        return console;
    }
}
