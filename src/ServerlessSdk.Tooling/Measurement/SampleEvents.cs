using System.Globalization;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// A realistic event for each trigger type, for the startup probe and <c>dotnet serverless invoke</c> to send when the
/// project names no event of its own (<see cref="DefaultEvent"/> decides). The payloads are the ones the runtime's event tests parse, so every typed event of
/// ServerlessSdk.Runtime reads them.
/// </summary>
public static class SampleEvents
{
    /// <summary>The trigger type used when none is given: <c>api</c>.</summary>
    public const string DefaultTriggerType = "api";

    /// <summary>
    /// Every trigger type with a sample: <c>api</c> (API Gateway HTTP API, payload v2), <c>sqs</c>, <c>sns</c>,
    /// <c>eventbridge</c>, <c>schedule</c> (an EventBridge scheduled event), <c>s3</c> (object created),
    /// <c>dynamodb</c> (a stream batch) and <c>kinesis</c>.
    /// </summary>
    public static IReadOnlyList<string> TriggerTypes { get; } = ["api", "sqs", "sns", "eventbridge", "schedule", "s3", "dynamodb", "kinesis"];

    /// <summary>
    /// The sample event for <paramref name="triggerType"/> (case-insensitive; empty means
    /// <see cref="DefaultTriggerType"/>), or a <see cref="DiagnosticCodes.UnknownTriggerType"/> error.
    /// </summary>
    public static SampleEventResult For(string? triggerType)
    {
        var name = string.IsNullOrWhiteSpace(triggerType) ? DefaultTriggerType : triggerType.Trim().ToLowerInvariant();
        if (!TriggerTypes.Contains(name, StringComparer.Ordinal))
        {
            return new SampleEventResult(name, ReadOnlyMemory<byte>.Empty, [ServerlessDiagnostic.Error(
                DiagnosticCodes.UnknownTriggerType,
                string.Create(CultureInfo.InvariantCulture, $"There is no sample event for the trigger type '{triggerType}'; use one of {string.Join(", ", TriggerTypes)}."))]);
        }

        using var stream = typeof(SampleEvents).Assembly.GetManifestResourceStream($"SampleEvents.{name}.json")
            ?? throw new InvalidOperationException($"The sample event resource for '{name}' is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new SampleEventResult(name, copy.ToArray(), []);
    }
}
