using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;
using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// The whole measurement a build or publish runs: validate the settings, measure the package, probe start-up,
/// estimate the cost, check the budgets and render the reports. Hosts pass a <see cref="MeasurementRequest"/>, log
/// the <see cref="MeasurementOutcome.Diagnostics"/> and write the <see cref="MeasurementOutcome.Files"/>.
/// </summary>
public static partial class FunctionMeasurement
{
    /// <summary>The <c>SERVERLESS_FUNCTION</c> variable FunctionHost selects a function by (ServerlessSdk.Functions).</summary>
    private const string FunctionVariable = "SERVERLESS_FUNCTION";

    /// <summary>Runs the measurement. Never throws for a bad function or setting; only cancellation and invalid arguments throw.</summary>
    public static async Task<MeasurementOutcome> RunAsync(MeasurementRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var diagnostics = new List<ServerlessDiagnostic>();

        // The trigger type and event file are the probe's to report (DefaultEvent), so they are not parsed twice here.
        var (project, settingErrors) = ProjectSettings.Parse(request.Settings with { TriggerType = null, StartupEventFile = null }, request.Kind);
        diagnostics.AddRange(settingErrors);
        var settings = CostSettings.From(project);
        var budgets = project.Budgets;

        // An Azure publish measures the app zip it wrote (host.json, function folders, executable) as it is.
        var package = request.PackageZip is { Length: > 0 } zip
            ? PackageSizeAnalyzer.AnalyzeZip(zip)
            : PackageSizeAnalyzer.Analyze(request.PackageFolder, request.PayloadFiles);
        diagnostics.AddRange(package.Diagnostics);

        // Read once: the probe needs its functions, the report its policies and routes.
        var manifest = ReadManifest(request, request.EntryPoint?.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) == true);
        var azure = project.Platform == ServerlessPlatforms.Azure;
        var probe = await ProbeAsync(request, manifest, settings, azure, diagnostics, cancellationToken).ConfigureAwait(false);
        var executable = request.Kind == MeasurementKind.Publish ? ExecutableBreakdownReader.TryRead(request.EntryPoint, request.SizeStatisticsFile, diagnostics) : null;

        // Under an emulator (qemu-user) the timings and the resident memory are the emulator's, tens of times the real
        // machine's: the run proves the function starts and answers, but only the package size is checked against its
        // budget; cold start, memory and cost read as not measured (the report still shows the emulated figures).
        var emulated = probe.Emulator is not null;
        StartupFigures? startup;
        Costs cost;
        BudgetEvaluation evaluation;
        IReadOnlyList<FunctionFigures>? functions = null;
        if (probe.Functions is { Count: > 1 } probed)
        {
            (functions, startup, cost, evaluation) = PerFunction(probed, package.Size, budgets, settings, emulated, azure, request.EntryPoint);
        }
        else
        {
            startup = probe.Functions is [var only] ? only.Startup : null;
            cost = Estimate(startup, settings, azure);
            evaluation = BudgetEvaluator.Evaluate(
                budgets, Measured(startup?.ColdStartMs, package.Size?.ZippedBytes, startup?.PeakRssMb, cost, settings, emulated), request.EntryPoint);
        }

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
            Cost = cost.Lambda,
            Budgets = evaluation.Checks,
            Diagnostics = diagnostics,
            StartupSkippedReason = probe.SkippedReason,
            LastPublish = request.Kind == MeasurementKind.Build ? PublishedFigures.TryRead(request.LastPublishReportFile) : null,
            Emulator = probe.Emulator,
            Functions = functions,
            BroadAccess = BroadAccessGrant.From(manifest),
            UnauthenticatedRoutes = manifest?.UnauthenticatedRoutes ?? [],
            Executable = executable,
            Diagram = ArchitectureDiagram.From(manifest),
            Platform = azure ? ServerlessPlatforms.Azure : ServerlessPlatforms.Aws,
            AzureCost = cost.Azure,
        };
        var markdown = MarkdownReportWriter.Write(report);
        var files = ReportFiles.Render(report, request.ReportFolder).ToList();
        if (request.Kind == MeasurementKind.Publish && !string.IsNullOrWhiteSpace(request.LastPublishReportFile))
        {
            files.Add(new GeneratedFile(request.LastPublishReportFile, JsonReportWriter.Write(report)));
        }

        return new MeasurementOutcome(report, diagnostics, files, markdown, SummaryLine.For(report));
    }

    /// <summary>What the probe found: one entry per function probed (none when it could not run), and the emulator.</summary>
    private sealed record ProbeOutcome(IReadOnlyList<ProbedFunction> Functions, string? SkippedReason, string? Emulator);

    /// <summary>One function's probe: its name (null for a bootstrap serving one), event type, memory size and figures.</summary>
    private sealed record ProbedFunction(string? Name, string TriggerType, int MemoryMb, StartupFigures? Startup);

    private static readonly ProbeOutcome NotProbed = new([], null, null);

    private static async Task<ProbeOutcome> ProbeAsync(
        MeasurementRequest request, ServiceManifest? manifest, CostSettings settings, bool azure, List<ServerlessDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.EntryPoint))
        {
            return NotProbed;
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
            return new ProbeOutcome([], reason, null);
        }

        if (azure)
        {
            var azureCommand = foreign?.Emulated ?? (isDll ? FunctionCommand.DotnetDll(request.EntryPoint) : FunctionCommand.Executable(request.EntryPoint));
            return await ProbeAzureAsync(request, manifest, azureCommand, foreign?.Emulator, settings, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        // Declared tables are there when the function starts, as on Lambda: a local DynamoDB holds them for the probe.
        LocalDynamoDb? tables;
        try
        {
            tables = manifest is null ? null : await LocalDynamoDb.StartAsync(manifest, Environment.GetEnvironmentVariable, cancellationToken).ConfigureAwait(false);
        }
        catch (LocalDynamoDbException e)
        {
            // No local DynamoDB installed is the user's machine, not a broken function: the publish still succeeds,
            // unmeasured, and says why. A local DynamoDB that fails is the probe's failure like any other.
            var severity = e.Diagnostic.Code == DiagnosticCodes.DynaliteNotInstalled
                ? DiagnosticSeverity.Warning
                : (request.Probe ?? StartupProbeOptions.For(request.Kind)).FailureSeverity;
            diagnostics.Add(e.Diagnostic with { Severity = severity, File = request.EntryPoint });
            return new ProbeOutcome([], e.Message, null);
        }

        using (tables)
        {
            return await ProbeAsync(request, manifest, tables, foreign, isDll, settings, diagnostics, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<ProbeOutcome> ProbeAsync(
        MeasurementRequest request, ServiceManifest? manifest, LocalDynamoDb? tables, (FunctionCommand? Emulated, string? Emulator, string? Reason)? foreign, bool isDll,
        CostSettings settings, List<ServerlessDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var command = foreign?.Emulated ?? (isDll ? FunctionCommand.DotnetDll(request.EntryPoint!) : FunctionCommand.Executable(request.EntryPoint!));
        var probed = new List<ProbedFunction>();
        if (manifest?.Functions is { Count: > 1 } declared)
        {
            // A bootstrap hosting several functions serves the one SERVERLESS_FUNCTION names and refuses to start
            // without it, as on Lambda where the IaC sets it on each: probe each one, with the default event of its
            // own first trigger. ServerlessTriggerType and ServerlessStartupEvent name one event for one function,
            // so they do not apply here (the rule `dotnet serverless invoke` follows too).
            foreach (var function in declared)
            {
                var triggerType = function.Triggers is [var first, ..] ? DefaultEvent.TriggerTypeOf(first) : null;
                var sampleEvent = DefaultEvent.For(request.ProjectDirectory, startupEventFile: null, triggerType);
                // As the IaC configures it on Lambda (and the tool runs it): its declared environment, then the probe's.
                var environment = new Dictionary<string, string>(function.Environment, StringComparer.Ordinal);
                foreach (var (name, value) in tables?.EnvironmentFor(manifest, function) ?? new Dictionary<string, string>())
                {
                    environment[name] = value;
                }

                foreach (var (name, value) in request.Environment)
                {
                    environment[name] = value;
                }

                environment[FunctionVariable] = function.Name;
                var memoryMb = function.MemorySize ?? settings.MemoryMb;
                var figures = await ProbeOneAsync(
                    command, foreign?.Emulator, sampleEvent, function.Name, memoryMb, environment, request, diagnostics, cancellationToken).ConfigureAwait(false);
                probed.Add(new ProbedFunction(function.Name, sampleEvent.TriggerType, memoryMb, figures));
            }

            return new ProbeOutcome(probed, null, foreign?.Emulator);
        }

        // The rule invoke uses too: ServerlessTriggerType when set, else the manifest's trigger (a queue function is
        // probed with an SQS event without anyone saying so).
        var onlyTrigger = string.IsNullOrWhiteSpace(request.Settings.TriggerType) ? DefaultEvent.TriggerTypeOf(manifest) : request.Settings.TriggerType;
        var onlyEvent = DefaultEvent.For(request.ProjectDirectory, request.Settings.StartupEventFile, onlyTrigger);
        var onlyFigures = await ProbeOneAsync(
            command, foreign?.Emulator, onlyEvent, name: null, settings.MemoryMb, OneFunctionEnvironment(request, manifest, tables), request, diagnostics, cancellationToken).ConfigureAwait(false);
        return onlyEvent.Succeeded ? new ProbeOutcome([new ProbedFunction(null, onlyEvent.TriggerType, settings.MemoryMb, onlyFigures)], null, foreign?.Emulator) : NotProbed;
    }

    /// <summary>The probe's variables for a bootstrap serving one function, with its local tables' when it declares any.</summary>
    private static IReadOnlyDictionary<string, string> OneFunctionEnvironment(MeasurementRequest request, ServiceManifest? manifest, LocalDynamoDb? tables)
    {
        if (tables is null || manifest?.Functions is not [var function])
        {
            return request.Environment;
        }

        var environment = new Dictionary<string, string>(tables.EnvironmentFor(manifest, function), StringComparer.Ordinal);
        foreach (var (name, value) in request.Environment)
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>
    /// How long past its own total time an emulated probe may take before it is abandoned: qemu can hang in a way
    /// the probe's kill does not end (a foreign loader waiting on a library), and a build must never hang.
    /// </summary>
    internal static readonly TimeSpan EmulatedGrace = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Probes one function with <paramref name="sampleEvent"/>; <paramref name="name"/>, when set, is the function of
    /// a multi-function bootstrap, prefixed to its diagnostics so a failure says which function failed. Under an
    /// <paramref name="emulator"/> a run that fails or does not finish in time leaves the cold start unmeasured with
    /// one SLS2050 warning: the executable is built for another machine, and emulation is no verdict on it.
    /// </summary>
    internal static async Task<StartupFigures?> ProbeOneAsync(
        FunctionCommand command, string? emulator, SampleEventResult sampleEvent, string? name, int memoryMb,
        IReadOnlyDictionary<string, string> environment, MeasurementRequest request, List<ServerlessDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        diagnostics.AddRange(sampleEvent.Diagnostics.Select(d => Named(d, name)));
        if (!sampleEvent.Succeeded)
        {
            return null;
        }

        var options = (request.Probe ?? StartupProbeOptions.For(request.Kind)) with
        {
            Function = new EmulatorOptions { FunctionName = name ?? request.FunctionName, MemoryMb = memoryMb },
            Environment = environment,
        };
        if (emulator is not null)
        {
            return await ProbeEmulatedAsync(command, emulator, sampleEvent.Payload, name, options, diagnostics, cancellationToken).ConfigureAwait(false);
        }

        var result = await StartupProbe.RunAsync(command, sampleEvent.Payload, options, cancellationToken).ConfigureAwait(false);
        diagnostics.AddRange(result.Diagnostics.Select(d => Named(d, name)));
        return result.Figures;
    }

    private static async Task<StartupFigures?> ProbeEmulatedAsync(
        FunctionCommand command, string emulator, ReadOnlyMemory<byte> payload, string? name, StartupProbeOptions options,
        List<ServerlessDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // The probe bounds itself; the deadline (cancelled, then abandoned) bounds what emulation can still hang.
        var bound = options.TotalTimeout + EmulatedGrace;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(bound);
        StartupProbeResult result;
        try
        {
            result = await StartupProbe.RunAsync(command, payload, options, deadline.Token).WaitAsync(bound + EmulatedGrace, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            diagnostics.Add(Named(Unmeasured(command, emulator, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"it did not finish within {bound.TotalSeconds:0} s")), name));
            return null;
        }

        if (result.Figures is null)
        {
            var why = result.Diagnostics.FirstOrDefault(d => d.Severity != DiagnosticSeverity.Info) is { } first ? $"{first.Code}: {first.Message}" : "it produced no figures";
            diagnostics.Add(Named(Unmeasured(command, emulator, why), name));
            return null;
        }

        // Measured, with warnings (an invocation error): report them, never harder than a machine that could not
        // probe at all (SLS2008, info).
        diagnostics.AddRange(result.Diagnostics
            .Select(d => d.Severity == DiagnosticSeverity.Error ? d with { Severity = DiagnosticSeverity.Warning } : d)
            .Select(d => Named(d, name)));
        return result.Figures;
    }

    private static ServerlessDiagnostic Unmeasured(FunctionCommand command, string emulator, string why) => ServerlessDiagnostic.Warning(
        DiagnosticCodes.ProbeUnmeasuredUnderEmulation,
        $"The cold start is not measured: the executable is for another machine and its run under {emulator} failed ({why.TrimEnd('.')}). "
        + "Emulation lacks what Lambda has (an aarch64 OpenSSL for the AWS SDK, native speed); measure on an arm64 machine, or set ServerlessSkipMeasure=true to stop trying.",
        command.Arguments.LastOrDefault() ?? command.FileName);

    /// <summary>
    /// Each function's cost and budgets, and the report's top-level figures for readers that know one function: the
    /// slowest cold start's startup figures, the costliest cost, and each budget against the worst function's figure
    /// (so <c>budgetsExceeded</c> and the verdict fail when any function does). Each breach is reported once per
    /// function that breaches, naming it; the shared package's once.
    /// </summary>
    private static (IReadOnlyList<FunctionFigures> Functions, StartupFigures? Startup, Costs Cost, BudgetEvaluation Evaluation) PerFunction(
        IReadOnlyList<ProbedFunction> probed, PackageSize? package, FunctionBudgets budgets, CostSettings settings, bool emulated, bool azure, string? file)
    {
        var functions = new List<FunctionFigures>(probed.Count);
        var diagnostics = new List<ServerlessDiagnostic>();
        foreach (var function in probed)
        {
            var cost = Estimate(function.Startup, settings with { MemoryMb = function.MemoryMb }, azure);
            var evaluation = BudgetEvaluator.Evaluate(
                budgets, Measured(function.Startup?.ColdStartMs, package?.ZippedBytes, function.Startup?.PeakRssMb, cost, settings, emulated), file);
            diagnostics.AddRange(evaluation.Diagnostics
                .Where(d => d.Code != DiagnosticCodes.PackageSizeBudgetExceeded)
                .Select(d => Named(d, function.Name)));
            functions.Add(new FunctionFigures
            {
                Name = function.Name!,
                TriggerType = function.TriggerType,
                MemoryMb = function.MemoryMb,
                Startup = function.Startup,
                Cost = cost.Lambda,
                Budgets = evaluation.Checks,
                AzureCost = cost.Azure,
            });
        }

        var slowest = functions.Where(f => f.Startup is not null).MaxBy(f => f.Startup!.ColdStartMs.Summary.Median);
        var costliest = functions.Select(f => new Costs(f.Cost, f.AzureCost)).Where(c => c.Total(settings) is not null).MaxBy(c => c.Total(settings));
        var worst = BudgetEvaluator.Evaluate(
            budgets,
            Measured(
                slowest?.Startup?.ColdStartMs,
                package?.ZippedBytes,
                functions.Select(f => f.Startup?.PeakRssMb).Where(m => m is not null).MaxBy(m => m!.Summary.Max),
                costliest ?? Costs.None,
                settings,
                emulated),
            file);

        // A function that produced no figures leaves its budgets unmeasured: the top level must not claim them.
        var checks = worst.Checks
            .Select(check => check.Kind != BudgetKind.PackageSize && functions.Any(f => f.Startup is null) && check.Status != BudgetStatus.Exceeded
                ? check with { Measured = null, Status = BudgetStatus.NotMeasured }
                : check)
            .ToList();
        diagnostics.InsertRange(0, worst.Diagnostics.Where(d => d.Code == DiagnosticCodes.PackageSizeBudgetExceeded));
        return (functions, slowest?.Startup, costliest ?? Costs.None, new BudgetEvaluation(checks, diagnostics));
    }

    /// <summary>What the budgets are checked against: under an emulator only the package size is the function's own.</summary>
    private static BudgetMeasurements Measured(
        SampledFigure? coldStart, long? zippedBytes, SampledFigure? peakRss, Costs cost, CostSettings settings, bool emulated) =>
        emulated
            ? new BudgetMeasurements(null, zippedBytes, null, null)
            : new BudgetMeasurements(coldStart, zippedBytes, peakRss, cost.Total(settings));

    private static ServerlessDiagnostic Named(ServerlessDiagnostic diagnostic, string? function) =>
        function is null ? diagnostic : diagnostic with { Message = $"{function}: {diagnostic.Message}" };

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

    /// <summary>A function's monthly estimate: Lambda's on AWS, Flex Consumption's on Azure (at most one is set).</summary>
    private sealed record Costs(CostEstimate? Lambda, AzureCostEstimate? Azure)
    {
        public static readonly Costs None = new(null, null);

        /// <summary>What the monthly cost budget is checked against: the configured architecture's total, or Azure's.</summary>
        public decimal? Total(CostSettings settings) => Lambda?.For(settings.Architecture.Name).TotalUsd ?? Azure?.Total;
    }

    /// <summary>
    /// The cost from the probe's medians: warm invocations when there were any, else the first invocation (an
    /// overestimate, e.g. when every invocation answered with an error), and init. On Azure a cold start bills its
    /// whole start-up, exec → first response (Flex bills the instance while it starts).
    /// </summary>
    private static Costs Estimate(StartupFigures? startup, CostSettings settings, bool azure)
    {
        var invoke = startup?.WarmInvokeMs ?? startup?.FirstInvokeMs;
        if (invoke is null || startup?.InitMs is not { } init)
        {
            return Costs.None;
        }

        var inputs = new CostInputs(
            invoke.Summary.Median, azure ? startup.ColdStartMs.Summary.Median : init.Summary.Median, settings.MemoryMb, settings.MonthlyInvocations, settings.ColdStartRate);
        return azure ? new Costs(null, AzureCostEstimator.Estimate(inputs, settings.MemoryMb)) : new Costs(CostEstimator.Estimate(inputs), null);
    }
}
