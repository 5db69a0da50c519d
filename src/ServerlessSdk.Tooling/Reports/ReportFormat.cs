using System.Globalization;
using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Reports;

/// <summary>How every report spells figures, so the Markdown, HTML and summary line agree. Invariant culture throughout.</summary>
internal static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Package bytes in MB of 1,000,000 bytes: <c>1.59 MB</c>, <c>12.3 MB</c>, <c>845 KB</c>.</summary>
    public static string Bytes(long bytes) => bytes switch
    {
        < 1_000 => string.Create(Invariant, $"{bytes} B"),
        < 1_000_000 => string.Create(Invariant, $"{bytes / 1_000.0:0.#} KB"),
        < 10_000_000 => string.Create(Invariant, $"{bytes / (double)FunctionBudgets.PackageBytesPerMegabyte:0.00} MB"),
        _ => string.Create(Invariant, $"{bytes / (double)FunctionBudgets.PackageBytesPerMegabyte:0.0} MB"),
    };

    /// <summary>How many parts of an executable the Markdown table and the HTML chart show before summing the rest.</summary>
    public const int ExecutableParts = 10;

    /// <summary>A part's share of a whole: <c>38.2%</c>, <c>0.4%</c>; negative for an overshoot.</summary>
    public static string Share(long part, long whole) => whole <= 0 ? "—" : string.Create(Invariant, $"{100.0 * part / whole:0.0}%");

    /// <summary>Milliseconds with precision that suits their size: <c>3.82 ms</c>, <c>12.5 ms</c>, <c>207 ms</c>.</summary>
    public static string Ms(double milliseconds) => milliseconds switch
    {
        < 10 => string.Create(Invariant, $"{milliseconds:0.00} ms"),
        < 100 => string.Create(Invariant, $"{milliseconds:0.0} ms"),
        _ => string.Create(Invariant, $"{milliseconds:N0} ms"),
    };

    /// <summary>Memory in Lambda's MB: <c>5.8 MB</c>, <c>37 MB</c>.</summary>
    public static string MemoryMb(double megabytes) =>
        megabytes < 10 ? string.Create(Invariant, $"{megabytes:0.0} MB") : string.Create(Invariant, $"{megabytes:N0} MB");

    /// <summary>Dollars: cents from $0.01 up, four decimals below (<c>$0.0208</c>), <c>$0.00</c> for nothing.</summary>
    public static string Usd(decimal dollars) =>
        dollars is > 0m and < 0.01m ? string.Create(Invariant, $"${dollars:0.0000}") : string.Create(Invariant, $"${dollars:N2}");

    /// <summary>A budget figure as written in the property: <c>100 ms</c>, <c>10 MB</c>, <c>$25.00</c>.</summary>
    public static string Limit(BudgetCheck check) => check.Limit is not { } limit
        ? "—"
        : check.Unit == "USD" ? Usd((decimal)limit) : string.Create(Invariant, $"{limit:#,##0.###} {check.Unit}");

    /// <summary>Invocation counts the way people say them: <c>1M</c>, <c>2.5M</c>, <c>250K</c>, <c>900</c>.</summary>
    public static string Count(long count) => count switch
    {
        >= 1_000_000_000 => string.Create(Invariant, $"{count / 1e9:0.##}B"),
        >= 1_000_000 => string.Create(Invariant, $"{count / 1e6:0.##}M"),
        >= 1_000 => string.Create(Invariant, $"{count / 1e3:0.##}K"),
        _ => count.ToString(Invariant),
    };

    /// <summary>A whole number with thousands separators.</summary>
    public static string Number(long value) => value.ToString("N0", Invariant);

    /// <summary>
    /// One sentence for an Azure estimate: <c>Estimated cost on Flex Consumption (on demand, 2,048 MB instance):
    /// 1,234 GB-seconds, compute $0.03 + executions $0.40 = $0.43 ($0.00 after the monthly free grant). eastus prices of 2026-12-03.</c>
    /// </summary>
    public static string DescribeAzureCost(Cost.AzureCostEstimate cost, int instanceMemoryMb, bool costliestOfSeveral)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return $"{(costliestOfSeveral ? "The costliest function's estimated cost" : "Estimated cost")} on Flex Consumption (on demand, {Number(instanceMemoryMb)} MB instance): "
            + $"{cost.GbSeconds.ToString("N0", Invariant)} GB-seconds, compute {Usd(cost.Compute)} + executions {Usd(cost.Executions)} = {Usd(cost.Total)} "
            + $"({Usd(cost.TotalAfterFreeGrant)} after the monthly free grant). {cost.Region} prices of {cost.PricesAsOf.ToString("yyyy-MM-dd", Invariant)}.";
    }

    /// <summary>A fraction as a percentage: <c>1%</c>, <c>0.5%</c>.</summary>
    public static string Percent(double fraction) => string.Create(Invariant, $"{fraction * 100:0.##}%");

    /// <summary>A number for SVG attributes.</summary>
    public static string Svg(double value) => value.ToString("0.##", Invariant);

    /// <summary>The measured figure of a budget check in its unit.</summary>
    public static string Measured(BudgetCheck check, ServerlessReport report) => check.Kind switch
    {
        _ when check.Measured is null => "not measured",
        BudgetKind.ColdStart => Ms(check.Measured.Value),
        BudgetKind.PackageSize => report.Package is { } package ? Bytes(package.ZippedBytes) : "not measured",
        BudgetKind.Memory => MemoryMb(check.Measured.Value),
        _ => Usd((decimal)check.Measured.Value),
    };

    /// <summary>What the row of a budget check is called in tables.</summary>
    public static string Label(BudgetKind kind) => kind switch
    {
        BudgetKind.ColdStart => "Cold start (median)",
        BudgetKind.PackageSize => "Package (zipped)",
        BudgetKind.Memory => "Peak memory (RSS)",
        _ => "Monthly cost",
    };

    /// <summary>
    /// <c>build (JIT estimate)</c> or <c>publish (Native AOT)</c>: a build is probed as <c>dotnet bootstrap.dll</c>,
    /// which is larger to start and slower than the deployed Native AOT bootstrap, so its figures are only an estimate.
    /// </summary>
    public static string Kind(MeasurementKind kind) => kind == MeasurementKind.Build ? "build (JIT estimate)" : "publish (Native AOT)";

    /// <summary>
    /// The cells of one function's row in the per-function tables (Markdown and HTML): name, event, cold-start median
    /// and p90, init, warm invocation, peak RSS, monthly cost on <paramref name="architecture"/> and how many budgets it
    /// exceeded; figures not measured read <c>—</c>.
    /// </summary>
    public static string[] FunctionRow(FunctionFigures function, string architecture)
    {
        var startup = function.Startup;
        return
        [
            function.Name,
            function.TriggerType,
            startup is null ? "not measured" : Ms(startup.ColdStartMs.Summary.Median),
            startup is null ? "—" : Ms(startup.ColdStartMs.Summary.P90),
            startup?.InitMs is { } init ? Ms(init.Summary.Median) : "—",
            startup?.WarmInvokeMs is { } warm ? Ms(warm.Summary.Median) : "—",
            startup?.PeakRssMb is { } rss ? MemoryMb(rss.Summary.Max) : "—",
            function.EstimatedMonthlyUsd(architecture) is { } cost ? Usd(cost) : "—",
        ];
    }

    /// <summary>The headings of <see cref="FunctionRow"/>'s cells.</summary>
    public static IReadOnlyList<string> FunctionColumns { get; } =
        ["function", "event", "cold start (median)", "p90", "init", "warm invocation", "peak RSS", "monthly cost"];
}
