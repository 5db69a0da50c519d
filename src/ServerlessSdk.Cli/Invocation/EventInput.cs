using System.Text.Json;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Projects;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>The event a command sends: <c>--event</c> (a file or standard input), or the function's default sample.</summary>
internal static class EventInput
{
    /// <summary>
    /// The project's own event for the function's first trigger (<see cref="DefaultEvent"/>, the build probe's rule).
    /// ServerlessStartupEvent is the bootstrap's one event, so it stands for a function only when it is the only one.
    /// </summary>
    public static byte[] Default(EvaluatedProject project, FunctionCatalog catalog, LocalFunction function)
    {
        var startupEvent = catalog.Functions.Count == 1 ? project.StartupEvent : null;
        var sample = DefaultEvent.For(project.ProjectDirectory, startupEvent, function.SampleEventType);
        return sample.Succeeded ? sample.Payload.ToArray() : throw new ToolException(sample.Diagnostics[0]);
    }

    /// <summary>The event in <paramref name="source"/> (a file, or - for standard input), checked to be JSON (SLS6109).</summary>
    public static byte[] Read(string source)
    {
        byte[] bytes;
        try
        {
            if (source == "-")
            {
                using var input = Console.OpenStandardInput();
                using var copy = new MemoryStream();
                input.CopyTo(copy);
                bytes = copy.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(source);
            }

            // Editors on Windows save JSON with a byte-order mark; neither JSON parsers nor Lambda accept one.
            bytes = DefaultEvent.WithoutByteOrderMark(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw ToolException.Error(DiagnosticCodes.EventUnreadable, $"The event cannot be read: {ex.Message} Pass a JSON file, - for standard input, or no --event for a sample.", source);
        }

        try
        {
            using var _ = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            throw ToolException.Error(DiagnosticCodes.EventUnreadable, $"The event is not JSON: {ex.Message} (dotnet serverless events <type> prints a valid one).", source == "-" ? null : source);
        }

        return bytes;
    }
}
