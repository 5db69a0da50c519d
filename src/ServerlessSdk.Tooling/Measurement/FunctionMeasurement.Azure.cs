using ServerlessSdk.Emulator;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Tooling.Cost;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>An Azure project's probe: through the local Functions host, one request per function.</summary>
public static partial class FunctionMeasurement
{
    /// <summary>
    /// Every function of the app serves from one process, but each is probed on its own, as on AWS: fresh handler
    /// processes answering the function's first trigger (a proxied HTTP request to its first route, or the invocation
    /// payload of its trigger), so each gets its cold start and its cost. Functions come from the manifest (the Azure
    /// function named after the C# function is its first trigger), else from the app folder.
    /// </summary>
    private static async Task<ProbeOutcome> ProbeAzureAsync(
        MeasurementRequest request, ServiceManifest? manifest, FunctionCommand command, string? emulator, CostSettings settings,
        List<ServerlessDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var probeOptions = request.Probe ?? StartupProbeOptions.For(request.Kind);
        AzureApp app;
        try
        {
            app = AzureApp.Load(request.AzureAppFolder ?? string.Empty);
        }
        catch (Exception ex) when (ex is AzureAppException or ArgumentException)
        {
            var file = ex is AzureAppException unreadable ? unreadable.File : request.AzureAppFolder;
            diagnostics.Add(new ServerlessDiagnostic(
                DiagnosticCodes.ProbeAzureAppUnreadable,
                probeOptions.FailureSeverity,
                $"The startup probe cannot read the Azure Functions app folder ({ex.Message}); build the project so host.json and the function.json files are written, or set ServerlessAzureAppPath to where they are.",
                file));
            return new ProbeOutcome([], "the app folder (host.json, function.json) cannot be read", emulator);
        }

        // The storage account the app's triggers and declared tables need is there when it starts, as on Azure.
        LocalAzureStorage? storage;
        try
        {
            storage = await LocalAzureStorage.StartAsync(app, manifest, Environment.GetEnvironmentVariable, request.ProjectDirectory, cancellationToken).ConfigureAwait(false);
        }
        catch (LocalAzureStorageException e)
        {
            // No Azurite installed is the user's machine, not a broken function: the build goes on, unmeasured, and
            // says why (as without dynalite on AWS). An Azurite that fails is the probe's failure like any other.
            var severity = e.Diagnostic.Code == DiagnosticCodes.AzuriteNotInstalled ? DiagnosticSeverity.Warning : probeOptions.FailureSeverity;
            diagnostics.Add(e.Diagnostic with { Severity = severity, File = request.EntryPoint });
            return new ProbeOutcome([], e.Message, emulator);
        }

        using (storage)
        {
            return await ProbeAzureFunctionsAsync(request, manifest, app, storage, command, emulator, settings, probeOptions, diagnostics, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<ProbeOutcome> ProbeAzureFunctionsAsync(
        MeasurementRequest request, ServiceManifest? manifest, AzureApp app, LocalAzureStorage? storage, FunctionCommand command, string? emulator,
        CostSettings settings, StartupProbeOptions probeOptions, List<ServerlessDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var functions = manifest?.Functions is { Count: > 0 } declared
            ? declared.Select(f => (Name: f.Name, Azure: app.Find(f.Name), Environment: f.Environment)).ToList()
            : [.. app.Functions.Take(1).Select(f => (Name: f.Name, Azure: (AzureFunction?)f, Environment: (IReadOnlyDictionary<string, string>)new Dictionary<string, string>()))];
        var several = functions.Count > 1;
        var probed = new List<ProbedFunction>();
        foreach (var (name, azure, declaredEnvironment) in functions)
        {
            if (azure is null)
            {
                diagnostics.Add(new ServerlessDiagnostic(
                    DiagnosticCodes.ProbeAzureAppUnreadable,
                    probeOptions.FailureSeverity,
                    $"{name}: the app folder {app.Folder} has no {name}/function.json; build again so the function files match the manifest.",
                    app.Folder));
                probed.Add(new ProbedFunction(name, "azure", settings.MemoryMb, null));
                continue;
            }

            // The app settings the Bicep gives the Function App: the declared environment, the storage, then the probe's own.
            var environment = new Dictionary<string, string>(declaredEnvironment, StringComparer.Ordinal);
            foreach (var (variable, value) in storage?.Settings ?? new Dictionary<string, string>())
            {
                environment[variable] = value;
            }

            foreach (var (variable, value) in request.Environment)
            {
                environment[variable] = value;
            }

            if (AzureStartupRequest(request, app, azure, several, diagnostics) is not { } sample)
            {
                probed.Add(new ProbedFunction(several ? name : null, AzureTriggerType(azure), settings.MemoryMb, null));
                continue;
            }

            var options = probeOptions with { Environment = environment };
            var result = await StartupProbe.RunAzureAsync(app, command, sample, options, cancellationToken).ConfigureAwait(false);
            var label = several ? name : null;
            diagnostics.AddRange(result.Diagnostics
                .Select(d => emulator is not null && d.Severity == DiagnosticSeverity.Error ? d with { Severity = DiagnosticSeverity.Warning } : d)
                .Select(d => Named(d, label)));
            // Flex Consumption bills the instance memory (ServerlessMemorySize), whatever the function.
            probed.Add(new ProbedFunction(label, AzureTriggerType(azure), settings.MemoryMb, result.Figures));
        }

        return new ProbeOutcome(probed, null, emulator);
    }

    /// <summary>
    /// The request the probe sends: the sample for the function's first trigger, or for the app's only non-HTTP
    /// function the content of <c>ServerlessStartupEvent</c> as its trigger value (a queue message, a blob), the rule
    /// AWS follows (one event for one function). Null, with SLS2011, when that file cannot be read.
    /// </summary>
    private static AzureRequest? AzureStartupRequest(MeasurementRequest request, AzureApp app, AzureFunction function, bool several, List<ServerlessDiagnostic> diagnostics)
    {
        if (several || function.IsHttp || string.IsNullOrWhiteSpace(request.Settings.StartupEventFile))
        {
            return AzureSampleRequests.For(app, function, request.MeasuredAt);
        }

        var file = DefaultEvent.For(request.ProjectDirectory, request.Settings.StartupEventFile, triggerType: null);
        diagnostics.AddRange(file.Diagnostics);
        return file.Succeeded ? AzureSampleRequests.WithContent(function, System.Text.Encoding.UTF8.GetString(file.Payload.Span), request.MeasuredAt) : null;
    }

    /// <summary>The report's trigger type of an Azure function: <c>azure-</c> and the binding type, e.g. <c>azure-httpTrigger</c>.</summary>
    private static string AzureTriggerType(AzureFunction function) => "azure-" + function.TriggerType;
}
