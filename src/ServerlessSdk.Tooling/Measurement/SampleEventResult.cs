using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>The outcome of <see cref="SampleEvents.For(string?)"/> and <see cref="DefaultEvent.For"/>.</summary>
/// <param name="TriggerType">The trigger type asked for, normalised to lower case.</param>
/// <param name="Payload">The event's JSON as UTF-8; empty when the trigger type is unknown.</param>
/// <param name="Diagnostics">The <see cref="DiagnosticCodes.UnknownTriggerType"/> error, or empty.</param>
public sealed record SampleEventResult(string TriggerType, ReadOnlyMemory<byte> Payload, IReadOnlyList<ServerlessDiagnostic> Diagnostics)
{
    /// <summary>True when there is a payload.</summary>
    public bool Succeeded => Diagnostics.Count == 0;
}
