using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// The event a function is tried with when nobody names one: the one rule the build's startup probe and
/// <c>dotnet serverless invoke</c> share, so the first try sends what the project itself says its function takes.
/// In order: the project's <c>ServerlessStartupEvent</c> file; else its <c>events/&lt;trigger type&gt;.json</c>
/// (what <c>dotnet serverless events sqs &gt; events/sqs.json</c> writes); else the embedded sample for the trigger
/// type (<see cref="SampleEvents"/>).
/// </summary>
public static class DefaultEvent
{
    /// <summary>The folder of a project's own sample events (every template ships one).</summary>
    public const string EventsFolder = "events";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The event for a function whose first trigger is <paramref name="triggerType"/> (a <c>dotnet serverless
    /// events</c> type; null or empty means <see cref="SampleEvents.DefaultTriggerType"/>).
    /// </summary>
    /// <param name="projectDirectory">The function project's folder; null skips the <c>events/</c> look-up.</param>
    /// <param name="startupEventFile"><c>ServerlessStartupEvent</c>, relative to the project or absolute; null or empty when unset.</param>
    /// <param name="triggerType">The trigger type.</param>
    /// <returns>The payload without a byte-order mark; a missing startup event file is <see cref="DiagnosticCodes.StartupEventNotFound"/>.</returns>
    public static SampleEventResult For(string? projectDirectory, string? startupEventFile, string? triggerType)
    {
        if (!string.IsNullOrWhiteSpace(startupEventFile))
        {
            var path = projectDirectory is null ? Path.GetFullPath(startupEventFile) : Path.GetFullPath(startupEventFile, projectDirectory);
            try
            {
                return new SampleEventResult("file", ReadEventFile(path), []);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return new SampleEventResult("file", ReadOnlyMemory<byte>.Empty, [ServerlessDiagnostic.Error(
                    DiagnosticCodes.StartupEventNotFound,
                    $"The startup event file '{startupEventFile}' (ServerlessStartupEvent) cannot be read: {ex.Message} Point it at a JSON event file, or remove it to use the sample event for the function's trigger.",
                    path)]);
            }
        }

        var sample = SampleEvents.For(triggerType);
        if (sample.Succeeded && projectDirectory is not null)
        {
            var own = Path.Combine(projectDirectory, EventsFolder, sample.TriggerType + ".json");
            if (File.Exists(own))
            {
                return new SampleEventResult(sample.TriggerType, ReadEventFile(own), []);
            }
        }

        return sample;
    }

    /// <summary>
    /// The <see cref="SampleEvents"/> type of a manifest trigger (<c>http</c> is <c>api</c>; the others share their names).
    /// </summary>
    public static string TriggerTypeOf(Trigger trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return trigger.Type == "http" ? SampleEvents.DefaultTriggerType : trigger.Type;
    }

    /// <summary>
    /// The trigger type of the function a bootstrap serves without <c>SERVERLESS_FUNCTION</c>: the first trigger of
    /// the manifest's only function; null without a manifest, without triggers, or with several functions.
    /// </summary>
    public static string? TriggerTypeOf(ServiceManifest? manifest) =>
        manifest?.Functions is [{ Triggers: [var first, ..] }] ? TriggerTypeOf(first) : null;

    /// <summary>Reads an event file as UTF-8 JSON bytes, dropping a byte-order mark (editors on Windows write one; JSON parsers and Lambda reject it).</summary>
    public static byte[] ReadEventFile(string path) => WithoutByteOrderMark(File.ReadAllBytes(path));

    /// <summary><paramref name="bytes"/> without a leading UTF-8 byte-order mark.</summary>
    public static byte[] WithoutByteOrderMark(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return bytes.AsSpan().StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;
    }
}
