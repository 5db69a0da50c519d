using System.Runtime.InteropServices;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Artifacts;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Reports;

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

        var budgets = BudgetParser.Parse(request.Budgets, request.Kind);
        diagnostics.AddRange(budgets.Diagnostics);
        var (settings, settingErrors) = CostSettings.Parse(request.Architecture, request.MemorySize, request.ExpectedMonthlyInvocations, request.ColdStartRate);
        diagnostics.AddRange(settingErrors);

        var package = PackageSizeAnalyzer.Analyze(request.PackageFolder, request.PayloadFiles);
        diagnostics.AddRange(package.Diagnostics);

        var startup = await ProbeAsync(request, settings, diagnostics, cancellationToken).ConfigureAwait(false);
        var cost = Estimate(startup, settings);

        var evaluation = BudgetEvaluator.Evaluate(
            budgets.Budgets,
            new BudgetMeasurements(startup?.ColdStartMs, package.Size?.ZippedBytes, startup?.PeakRssMb, cost?.For(settings.Architecture.Name).TotalUsd),
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
        };
        var markdown = MarkdownReportWriter.Write(report);
        return new MeasurementOutcome(report, diagnostics, ReportFiles.Render(report, request.ReportFolder), markdown, SummaryLine.For(report));
    }

    private static async Task<StartupFigures?> ProbeAsync(
        MeasurementRequest request, CostSettings settings, List<ServerlessDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.EntryPoint))
        {
            return null;
        }

        var isDll = request.EntryPoint.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        if (!isDll && CannotRunHere(request.EntryPoint) is { } reason)
        {
            diagnostics.Add(new ServerlessDiagnostic(
                DiagnosticCodes.ProbeSkipped,
                DiagnosticSeverity.Info,
                $"The startup probe was skipped: {reason}; cold start and memory are not measured (run the publish on a matching Linux machine to measure them).",
                request.EntryPoint));
            return null;
        }

        // The rule invoke uses too: ServerlessTriggerType when set, else the manifest's trigger (a queue function is
        // probed with an SQS event without anyone saying so).
        var triggerType = string.IsNullOrWhiteSpace(request.TriggerType) ? DefaultEvent.TriggerTypeOf(ReadManifest(request, isDll)) : request.TriggerType;
        var sampleEvent = DefaultEvent.For(request.ProjectDirectory, request.StartupEventFile, triggerType);
        diagnostics.AddRange(sampleEvent.Diagnostics);
        if (!sampleEvent.Succeeded)
        {
            return null;
        }

        var command = isDll ? FunctionCommand.DotnetDll(request.EntryPoint) : FunctionCommand.Executable(request.EntryPoint);
        var options = (request.Probe ?? StartupProbeOptions.For(request.Kind)) with
        {
            Function = new EmulatorOptions { FunctionName = request.FunctionName, MemoryMb = settings.MemoryMb },
            Environment = request.Environment,
        };
        var result = await StartupProbe.RunAsync(command, sampleEvent.Payload, options, cancellationToken).ConfigureAwait(false);
        diagnostics.AddRange(result.Diagnostics);
        return result.Figures;
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

    /// <summary>Why this machine cannot run the executable, or null when it can (or when it is not an ELF file at all).</summary>
    private static string? CannotRunHere(string path)
    {
        if (!File.Exists(path))
        {
            return null; // the probe reports the missing file itself
        }

        var elf = ElfFile.ReadFile(path);
        if (!elf.Succeeded)
        {
            return null;
        }

        if (!OperatingSystem.IsLinux())
        {
            return $"{Path.GetFileName(path)} is a Linux executable and this machine runs {RuntimeInformation.OSDescription}";
        }

        var host = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => ElfMachine.X64,
            Architecture.Arm64 => ElfMachine.Arm64,
            _ => ElfMachine.None,
        };
        return elf.File.Machine == host
            ? null
            : $"{Path.GetFileName(path)} is built for {LambdaArchitecture.Describe(elf.File.Machine)} and this machine is {RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()}";
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
