using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Budgets;

/// <summary>The limits a function's measurements are held to; a null limit is not checked.</summary>
/// <param name="ColdStartMs">The largest median cold start, in milliseconds.</param>
/// <param name="PackageSizeMb">The largest zipped package, in MB of <see cref="PackageBytesPerMegabyte"/> bytes.</param>
/// <param name="MemoryMb">The largest peak resident memory, in MB of <see cref="MemoryBytesPerMegabyte"/> bytes.</param>
/// <param name="MonthlyCostUsd">The largest estimated monthly cost (configured architecture, no free tier), in US dollars.</param>
/// <param name="Severity">How a breach is reported: <see cref="DiagnosticSeverity.Error"/> fails the build.</param>
public sealed record FunctionBudgets(double? ColdStartMs, double? PackageSizeMb, double? MemoryMb, decimal? MonthlyCostUsd, DiagnosticSeverity Severity)
{
    /// <summary>
    /// A package-size MB is 1,000,000 bytes, the unit people read off file listings. (Lambda's own 50 MB upload
    /// limit is 52,428,800 bytes; <see cref="Platform.DeploymentPackageLimits"/> checks that separately.)
    /// </summary>
    public const long PackageBytesPerMegabyte = 1_000_000;

    /// <summary>A memory MB is 1,048,576 bytes, the unit of Lambda's memory setting (128 MB = 0.125 GB when billed).</summary>
    public const long MemoryBytesPerMegabyte = 1_048_576;

    /// <summary>
    /// For <c>dotnet build</c>, which probes <c>dotnet Function.dll</c> under JIT: cold start 1,500 ms, package
    /// 10 MB zipped, memory 128 MB, no cost budget, breaches are warnings. See docs/budgets.md for the measurements
    /// behind each figure.
    /// </summary>
    public static FunctionBudgets BuildDefaults { get; } = new(1_500, 10, 128, null, DiagnosticSeverity.Warning);

    /// <summary>
    /// For <c>dotnet publish</c>, which probes the Native AOT <c>bootstrap</c>: cold start 100 ms, package 10 MB
    /// zipped, memory 64 MB, no cost budget, breaches are errors. See docs/budgets.md for the measurements behind
    /// each figure.
    /// </summary>
    public static FunctionBudgets PublishDefaults { get; } = new(100, 10, 64, null, DiagnosticSeverity.Error);

    /// <summary>The zipped-package limit in bytes, or null.</summary>
    public long? PackageSizeBytes => PackageSizeMb is { } megabytes ? (long)Math.Round(megabytes * PackageBytesPerMegabyte) : null;

    /// <summary>The defaults for <paramref name="kind"/>.</summary>
    public static FunctionBudgets DefaultsFor(MeasurementKind kind) => kind switch
    {
        MeasurementKind.Build => BuildDefaults,
        MeasurementKind.Publish => PublishDefaults,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown measurement kind."),
    };
}
