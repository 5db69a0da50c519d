using System.CommandLine;
using System.Globalization;
using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Tuning;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Reports;
using ServerlessSdk.Tooling.Tuning;

namespace ServerlessSdk.Cli.Commands;

/// <summary>
/// <c>dotnet serverless tune</c>: runs the Native AOT bootstrap under the emulator once per memory size, its CPU
/// limited by a cgroup to that size's Lambda share, and prices each size (<see cref="PowerTuning"/>).
/// </summary>
internal static class TuneCommand
{
    /// <summary>Exit code of the cgroup wrapper when it cannot join the group (<see cref="CpuCgroup"/>).</summary>
    private const int WrapperJoinFailed = 125;

    /// <summary>A throttled cold start at 128 MB takes many times Lambda's; locally every step gets at least this.</summary>
    private static readonly TimeSpan MinStepTimeout = TimeSpan.FromSeconds(60);

    public static Command Create(Terminal terminal)
    {
        var project = CommonOptions.Project();
        var function = new Option<string?>("--function", "-f") { Description = "The function to tune, when the project declares several." };
        var eventFile = new Option<string?>("--event", "-e")
        {
            Description = "The event: a JSON file, or - for standard input (default: the sample event for the function's trigger).",
        };
        var memory = new Option<string?>("--memory", "-m")
        {
            Description = $"The memory sizes to try, in MB, comma-separated (default: {string.Join(',', PowerTuning.DefaultSizes)}).",
        };
        var warm = new Option<int>("--warm")
        {
            Description = "Warm invocations per size; the median is priced.",
            DefaultValueFactory = _ => 5,
        };
        var configuration = CommonOptions.Configuration("Release");
        var noBuild = CommonOptions.NoBuild();
        var json = CommonOptions.Json();
        var command = new Command("tune", "Publish the function with Native AOT, run it with each memory size's CPU share, and recommend the cheapest, fastest and balanced size.")
        {
            project, function, eventFile, memory, warm, configuration, noBuild, json,
        };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(terminal, result, cancellationToken, async () =>
        {
            // Everything that can be wrong with the input or the machine fails before a publish that takes minutes.
            var sizes = ParseSizes(result.GetValue(memory));
            var warmRuns = result.GetValue(warm);
            if (warmRuns is < 1 or > 100)
            {
                throw ToolException.Error(DiagnosticCodes.InvalidTuneOptions, $"--warm {warmRuns} is out of range: give 1 to 100 warm invocations per size.");
            }

            var (parent, version) = CpuCgroup.Locate("/sys/fs/cgroup", ReadSelfCgroup());
            var given = result.GetValue(eventFile) is { } source ? EventInput.Read(source) : null;
            var (target, built) = await FunctionProjectLoader.LoadAsync(terminal, result.GetValue(project), result.GetValue(configuration)!,
                aot: true, result.GetValue(noBuild), cancellationToken).ConfigureAwait(false);

            // The declared tables the function uses, as invoke and start-api give them: one local DynamoDB for every size.
            var (tables, catalog) = await LocalTables.StartAsync(terminal, built, [built.Resolve(result.GetValue(function))], cancellationToken).ConfigureAwait(false);
            using var stopTables = tables;
            var chosen = catalog.Resolve(result.GetValue(function));
            var payload = given ?? EventInput.Default(target.Project, catalog, chosen);
            var cores = Environment.ProcessorCount;
            var measurements = new List<SizeMeasurement>();
            foreach (var size in sizes)
            {
                var vcpus = CpuShare.For(size, cores);
                terminal.ErrorLine(string.Create(CultureInfo.InvariantCulture, $"tune: {chosen.Name} at {size} MB ({vcpus:0.00} vCPU, cgroup {version})..."));
                using var group = CpuCgroup.Create(parent, version, $"serverless-tune-{Environment.ProcessId}-{size}", vcpus);
                var sample = await FunctionRunner.MeasureColdStartAsync(group.Wrap(target.Command()), payload, Options(chosen, size, warmRuns), cancellationToken).ConfigureAwait(false);
                if (sample.Failure is { } failure)
                {
                    return Failed(terminal, chosen, size, failure, sample);
                }

                measurements.Add(new SizeMeasurement(size, vcpus, sample.Init!.Value.TotalMilliseconds, sample.FirstInvoke!.Value.TotalMilliseconds,
                    [.. sample.WarmLatencies.Select(l => l.TotalMilliseconds)]));
            }

            var report = PowerTuning.Analyse(chosen.Name, measurements, cores, DateTimeOffset.UtcNow);
            var written = Write(target.Project.PublishReportFolder, report);
            if (result.GetValue(json))
            {
                terminal.Output.Write(TuningJson.Write(report) + "\n");
                terminal.Output.Flush();
            }
            else
            {
                WriteTable(terminal, report, warmRuns);
            }

            terminal.ErrorLine($"tune: wrote {string.Join(", ", written)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static IReadOnlyList<int> ParseSizes(string? text)
    {
        try
        {
            return text is null ? PowerTuning.DefaultSizes : PowerTuning.ParseSizes(text);
        }
        catch (FormatException ex)
        {
            throw ToolException.Error(DiagnosticCodes.InvalidTuneOptions, $"--memory: {ex.Message}");
        }
    }

    private static string ReadSelfCgroup()
    {
        try
        {
            return File.ReadAllText("/proc/self/cgroup");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ""; // not Linux, or no /proc: Locate then says what is missing
        }
    }

    private static ProbeOptions Options(LocalFunction function, int memoryMb, int warmRuns)
    {
        var launch = new LaunchOptions();
        foreach (var (name, value) in function.Environment)
        {
            launch.ExtraEnvironment[name] = value;
        }

        return new ProbeOptions
        {
            WarmInvocations = warmRuns,
            Timeout = function.Timeout > MinStepTimeout ? function.Timeout : MinStepTimeout,
            Function = new EmulatorOptions { FunctionName = function.Name, Timeout = function.Timeout, MemoryMb = memoryMb },
            Launch = launch,
        };
    }

    private static int Failed(Terminal terminal, LocalFunction function, int memoryMb, ProbeFailure failure, ColdStartSample sample)
    {
        if (failure.ExitCode == WrapperJoinFailed && sample.Init is null)
        {
            throw ToolException.Error(DiagnosticCodes.CpuLimitUnavailable, $"tune cannot move the function into its cgroup (the wrapper exited with {WrapperJoinFailed}); run as root or with a delegated cpu controller.");
        }

        foreach (var line in sample.Logs)
        {
            terminal.ErrorLine(line.Text);
        }

        var code = failure.Kind switch
        {
            ProbeFailureKind.InvocationError or ProbeFailureKind.ResponseTooLarge => DiagnosticCodes.FunctionReturnedError,
            ProbeFailureKind.TimedOut => DiagnosticCodes.FunctionTimedOut,
            _ => DiagnosticCodes.FunctionCrashed,
        };
        terminal.Diagnostic(ServerlessDiagnostic.Error(code, $"The function {function.Name} failed at {memoryMb} MB: {failure.Message}; its last logs are above."));
        return ExitCodes.FunctionFailed;
    }

    private static IReadOnlyList<string> Write(string folder, TuningReport report)
    {
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, TuningReport.FileName);
        var html = Path.Combine(folder, TuningHtmlWriter.FileName);
        File.WriteAllText(json, TuningJson.Write(report));
        File.WriteAllText(html, TuningHtmlWriter.Write(report));
        var written = new List<string> { json, html };
        // The function's own report (written by its publish) shows the result too, when it is here to show it in.
        var functionReport = Path.Combine(folder, JsonReportWriter.FileName);
        if (File.Exists(functionReport))
        {
            try
            {
                var page = Path.Combine(folder, HtmlReportWriter.FileName);
                FileWriter.WriteIfChanged(page, HtmlReportWriter.Write(JsonReportWriter.Read(File.ReadAllText(functionReport)), report));
                written.Add(page);
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or NotSupportedException)
            {
                // A report of another schema: left as it is; the tuning page above stands alone.
            }
        }

        return written;
    }

    private static void WriteTable(Terminal terminal, TuningReport report, int warmRuns)
    {
        var header = TuningTable.Header;
        var rows = report.Sizes.Select(TuningTable.Cells).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd();

        terminal.OutputLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.FunctionName}: local power tuning, Native AOT, {report.MachineCores} cores, median of {warmRuns} warm invocations per size"));
        terminal.OutputLine(Line(header));
        foreach (var row in rows)
        {
            terminal.OutputLine(Line(row));
        }

        terminal.OutputLine("");
        foreach (var line in TuningTable.RecommendationLines(report))
        {
            terminal.OutputLine(line);
        }

        terminal.OutputLine(TuningTable.PriceBasis(report));
        terminal.OutputLine(report.Caveat);
    }
}
