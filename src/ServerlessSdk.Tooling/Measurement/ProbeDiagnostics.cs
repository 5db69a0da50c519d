using System.Globalization;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>Turns a failed probe run into a one-line diagnostic that says what happened and what to do.</summary>
/// <param name="command">What the probe ran.</param>
/// <param name="options">The probe's settings.</param>
/// <param name="azure">True when the function ran as an Azure custom handler (the local host), not under the Runtime API.</param>
internal sealed class ProbeDiagnostics(FunctionCommand command, StartupProbeOptions options, bool azure = false)
{
    private const int MaxQuotedLineLength = 300;

    /// <summary>The file the diagnostics point at: the last existing file on the command line (the dll or bootstrap).</summary>
    private readonly string _file = new[] { command.FileName }.Concat(command.Arguments)
        .LastOrDefault(word => Path.IsPathFullyQualified(word) && File.Exists(word)) ?? command.FileName;

    public ServerlessDiagnostic Failure(ColdStartSample sample, IReadOnlyList<string> log, bool cutShortByTotalTimeout)
    {
        var failure = sample.Failure!;
        var output = Output(log);
        return failure.Kind switch
        {
            ProbeFailureKind.LaunchFailed => Fail(
                DiagnosticCodes.ProbeLaunchFailed,
                $"The startup probe {failure.Message}; check that the file exists and is an executable for this machine (a Native AOT bootstrap, or a .dll run with dotnet)."),
            ProbeFailureKind.ProcessExited => Fail(
                DiagnosticCodes.ProbeFunctionExited,
                $"The function crashed in the startup probe: {failure.Message}.{output} Run it locally to see why, and give it the configuration it needs to start."),
            ProbeFailureKind.InitError => Fail(
                DiagnosticCodes.ProbeInitError,
                $"The function failed to initialise in the startup probe: {failure.Message}.{output} Fix the initialisation, or give it the configuration it needs to start."),
            ProbeFailureKind.InvocationError => ServerlessDiagnostic.Warning(
                DiagnosticCodes.ProbeInvocationError,
                $"The function answered the startup probe's sample event with an {failure.Message}; its cold start was still measured.{output} Handle the event, or probe with an event the function expects.",
                _file),
            ProbeFailureKind.ResponseTooLarge => ServerlessDiagnostic.Warning(
                DiagnosticCodes.ProbeResponseTooLarge,
                $"The function's response to the startup probe's sample event was refused: {failure.Message}; Lambda would fail such an invocation, so return less or stream the result to S3.",
                _file),
            ProbeFailureKind.ProtocolError when azure => Fail(
                DiagnosticCodes.ProbeAzureProtocolError,
                $"The custom handler did not answer the local Functions host as documented in the startup probe: {failure.Message}.{output} Use ServerlessSdk.Runtime's Azure host (ServerlessFunctions.RunAsync), or answer invocations with {{ Outputs, Logs, ReturnValue }}."),
            ProbeFailureKind.ProtocolError => Fail(
                DiagnosticCodes.ProbeProtocolError,
                $"The function misused the Lambda Runtime API in the startup probe: {failure.Message}.{output} Use ServerlessSdk.Runtime's LambdaRuntime, or fix the runtime client."),
            _ => Fail(
                DiagnosticCodes.ProbeTimedOut,
                (cutShortByTotalTimeout ? $"The startup probe ran out of its total time of {Seconds(options.TotalTimeout)} " : "The function did not answer the startup probe in time ")
                + $"({failure.Message}) and was killed.{output} Make start-up faster, or look for a wait on a network resource that is not there."),
        };
    }

    public ServerlessDiagnostic OutOfTotalTime(int completedRuns) => Fail(
        DiagnosticCodes.ProbeTimedOut,
        string.Create(CultureInfo.InvariantCulture, $"The startup probe ran out of its total time of {Seconds(options.TotalTimeout)} after {completedRuns} of {options.WarmUpRuns + options.Runs} runs; make start-up faster or probe fewer runs."));

    private ServerlessDiagnostic Fail(string code, string message) => new(code, options.FailureSeverity, message, _file);

    private static string Output(IReadOnlyList<string> log)
    {
        var lines = log.Where(line => !string.IsNullOrWhiteSpace(line)).Select(Shorten).ToList();
        return lines.Count == 0 ? " It wrote no output." : $" Last output: {string.Join(" | ", lines)}.";
    }

    private static string Shorten(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length <= MaxQuotedLineLength ? trimmed : trimmed[..MaxQuotedLineLength] + "…";
    }

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.###} s");
}
