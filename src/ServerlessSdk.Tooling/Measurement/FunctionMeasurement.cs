using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// The whole measurement a build or publish runs: validate the settings, measure the package, probe start-up,
/// estimate the cost, check the budgets and render the reports. Hosts pass a <see cref="MeasurementRequest"/>, log
/// the <see cref="MeasurementOutcome.Diagnostics"/> and write the <see cref="MeasurementOutcome.Files"/>.
/// </summary>
public static class FunctionMeasurement
{
    /// <summary>Runs the measurement. Never throws for a bad function or setting; only cancellation and invalid arguments throw.</summary>
    public static async Task<MeasurementOutcome> RunAsync(MeasurementRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new List<ServerlessDiagnostic>();

        // The trigger type and event file are the probe's to report (SampleEvents), so they are not parsed twice here.
        var (project, settingErrors) = ProjectSettings.Parse(
            new ProjectSettingsInput
            {
                Architecture = request.Architecture,
                MemorySize = request.MemorySize,
                ExpectedMonthlyInvocations = request.ExpectedMonthlyInvocations,
                ColdStartRate = request.ColdStartRate,
                Budgets = request.Budgets,
            },
            request.Kind);
        diagnostics.AddRange(settingErrors);
        var settings = CostSettings.From(project);
        var budgets = project.Budgets;

        var package = PackageSizeAnalyzer.Analyze(request.PackageFolder, request.PayloadFiles);
        diagnostics.AddRange(package.Diagnostics);

        var probe = await ProbeAsync(request, settings, diagnostics, cancellationToken).ConfigureAwait(false);
        var startup = probe.Figures;
        var cost = Estimate(startup, settings);

        // Under an emulator (qemu-user) the timings and the resident memory are the emulator's, tens of times the real
        // machine's: the run proves the function starts and answers, but only the package size is checked against its
        // budget; cold start, memory and cost read as not measured (the report still shows the emulated figures).
        var emulated = probe.Emulator is not null;
        var evaluation = BudgetEvaluator.Evaluate(
            budgets,
            emulated
                ? new BudgetMeasurements(null, package.Size?.ZippedBytes, null, null)
                : new BudgetMeasurements(startup?.ColdStartMs, package.Size?.ZippedBytes, startup?.PeakRssMb, cost?.For(settings.Architecture.Name).TotalUsd),
            request.EntryPoint);
        diagnostics.AddRange(evaluation.Diagnostics);

        var report = new ServerlessReport
        {
            FunctionName = request.FunctionName,
            Kind = request.Kind,
            Architecture = settings.Architecture.Name,
            MemoryMb = settings.MemoryMb,
            MeasuredAt = request.MeasuredAt,
            Package = package.Size,
            Startup = startup,
            Cost = cost,
            Budgets = evaluation.Checks,
            Diagnostics = diagnostics,
            StartupSkippedReason = probe.SkippedReason,
            LastPublish = request.Kind == MeasurementKind.Build ? PublishedFigures.TryRead(request.LastPublishReportFile) : null,
            Emulator = probe.Emulator,
        };
        var markdown = MarkdownReportWriter.Write(report);
        var files = ReportFiles.Render(report, request.ReportFolder).ToList();
        if (request.Kind == MeasurementKind.Publish && !string.IsNullOrWhiteSpace(request.LastPublishReportFile))
        {
            files.Add(new GeneratedFile(request.LastPublishReportFile, JsonReportWriter.Write(report)));
        }

        return new MeasurementOutcome(report, diagnostics, files, markdown, SummaryLine.For(report));
    }

    private static async Task<(StartupFigures? Figures, string? SkippedReason, string? Emulator)> ProbeAsync(
        MeasurementRequest request, CostSettings settings, List<ServerlessDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.EntryPoint))
        {
            return (null, null, null);
        }

        var isDll = request.EntryPoint.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var foreign = isDll ? null : ForeignExecutable.Check(request.EntryPoint, request.AllowEmulation);
        if (foreign is { Reason: { } reason })
        {
            diagnostics.Add(new ServerlessDiagnostic(
                DiagnosticCodes.ProbeSkipped,
                DiagnosticSeverity.Info,
                $"The startup probe was skipped: {reason}.",
                request.EntryPoint));
            return (null, reason, null);
        }

        // The rule invoke uses too: ServerlessTriggerType when set, else the manifest's trigger (a queue function is
        // probed with an SQS event without anyone saying so).
        var triggerType = string.IsNullOrWhiteSpace(request.TriggerType) ? DefaultEvent.TriggerTypeOf(ReadManifest(request, isDll)) : request.TriggerType;
        var sampleEvent = DefaultEvent.For(request.ProjectDirectory, request.StartupEventFile, triggerType);
        diagnostics.AddRange(sampleEvent.Diagnostics);
        if (!sampleEvent.Succeeded)
        {
            return (null, null, null);
        }

        var command = foreign?.Emulated ?? (isDll ? FunctionCommand.DotnetDll(request.EntryPoint) : FunctionCommand.Executable(request.EntryPoint));
        var options = (request.Probe ?? StartupProbeOptions.For(request.Kind)) with
        {
            Function = new EmulatorOptions { FunctionName = request.FunctionName, MemoryMb = settings.MemoryMb },
            Environment = request.Environment,
        };
        var result = await StartupProbe.RunAsync(command, sampleEvent.Payload, options, cancellationToken).ConfigureAwait(false);

        // Under an emulator a failure may be the emulator's: report it, but never fail harder than a machine that
        // could not probe at all (SLS2008, info).
        diagnostics.AddRange(foreign?.Emulator is null
            ? result.Diagnostics
            : result.Diagnostics.Select(d => d.Severity == DiagnosticSeverity.Error ? d with { Severity = DiagnosticSeverity.Warning } : d));
        return (result.Figures, null, foreign?.Emulator);
    }

    /// <summary>The function manifest of the probed assembly, or null (none, or unreadable: the IaC step reports that).</summary>
    private static ServiceManifest? ReadManifest(MeasurementRequest request, bool isDll)
    {
        var assembly = request.ManifestAssembly is { Length: > 0 } given ? given : isDll ? request.EntryPoint : null;
        if (assembly is null || !File.Exists(assembly))
        {
            return null;
        }

        try
        {
            return ServiceManifestReader.FromAssembly(assembly);
        }
        catch (ManifestFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The cost from the probe's medians: warm invocations when there were any, else the first invocation (an
    /// overestimate, e.g. when every invocation answered with an error), and init.
    /// </summary>
    private static CostEstimate? Estimate(StartupFigures? startup, CostSettings settings)
    {
        var invoke = startup?.WarmInvokeMs ?? startup?.FirstInvokeMs;
        if (invoke is null || startup?.InitMs is not { } init)
        {
            return null;
        }

        return CostEstimator.Estimate(new CostInputs(
            invoke.Summary.Median, init.Summary.Median, settings.MemoryMb, settings.MonthlyInvocations, settings.ColdStartRate));
    }
}
