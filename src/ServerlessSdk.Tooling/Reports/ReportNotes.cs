using System.Globalization;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>The sentences both reports put under their heading, so a reader knows what the figures are.</summary>
internal static class ReportNotes
{
    public static IEnumerable<string> For(ServerlessReport report)
    {
        if (report.Kind == MeasurementKind.Build)
        {
            yield return "JIT estimate: measured as `dotnet bootstrap.dll`, which is larger and starts slower than the Native AOT bootstrap that is deployed; `dotnet publish -r linux-x64` measures that.";
        }

        if (report.LastPublish is { } published)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"Last publish (Native AOT, {published.Architecture}, {published.MeasuredAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC): {published.Describe()}.");
        }

        if (report.Emulator is { } emulator)
        {
            yield return $"Started and timed under {emulator} emulation: the timings and memory are the emulator's, far above the real machine's, so only the package size is checked against its budget.";
        }

        if (report.UnauthenticatedRoutes.Count > 0)
        {
            yield return $"Unauthenticated HTTP routes (anyone may call them): {string.Join(", ", report.UnauthenticatedRoutes)}.";
        }

        if (report.StartupSkippedReason is { } reason)
        {
            yield return $"Cold start and memory not measured: {reason}.";
        }
    }
}
