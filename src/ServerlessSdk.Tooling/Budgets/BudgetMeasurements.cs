using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Budgets;

/// <summary>The figures budgets are checked against; any may be missing when it could not be measured.</summary>
/// <param name="ColdStartMs">The probe's cold starts; the median is compared.</param>
/// <param name="ZippedBytes">The zipped package size.</param>
/// <param name="PeakRssMb">The probe's peak resident memory per run; the largest is compared, since running out of memory once is enough.</param>
/// <param name="MonthlyCostUsd">The estimated monthly cost on the configured architecture, without the free tier.</param>
public sealed record BudgetMeasurements(SampledFigure? ColdStartMs, long? ZippedBytes, SampledFigure? PeakRssMb, decimal? MonthlyCostUsd);
