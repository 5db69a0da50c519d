namespace ServerlessSdk.Tooling.Tuning;

/// <summary>The result of <c>dotnet serverless tune</c>, as <c>serverless-tune.json</c> holds it.</summary>
/// <param name="FunctionName">The function tuned.</param>
/// <param name="MeasuredAt">When.</param>
/// <param name="MachineCores">The cores the machine had; no size got more CPU than this.</param>
/// <param name="BalancedTolerance">How much slower than the fastest a balanced size may be (0.1 = 10%).</param>
/// <param name="ColdStartRate">The fraction of invocations priced as cold.</param>
/// <param name="Region">The region whose prices were used.</param>
/// <param name="PricesAsOf">When those prices were recorded.</param>
/// <param name="Sizes">Every size, smallest first.</param>
/// <param name="Recommendations">x86_64, then arm64.</param>
/// <param name="Caveat">What the figures cannot tell (<see cref="PowerTuning.Caveat"/>).</param>
public sealed record TuningReport(
    string FunctionName,
    DateTimeOffset MeasuredAt,
    int MachineCores,
    double BalancedTolerance,
    double ColdStartRate,
    string Region,
    DateOnly PricesAsOf,
    IReadOnlyList<SizeResult> Sizes,
    IReadOnlyList<TuningRecommendation> Recommendations,
    string Caveat)
{
    /// <summary>The file name hosts write it to, beside <c>serverless-report.json</c>.</summary>
    public const string FileName = "serverless-tune.json";
}
