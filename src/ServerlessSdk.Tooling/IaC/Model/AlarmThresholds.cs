namespace ServerlessSdk.Tooling.IaC.Model;

/// <summary>The alarm thresholds, one place for every format.</summary>
internal static class AlarmThresholds
{
    public const int PeriodSeconds = 60;

    /// <summary>p99 duration at 80% of the timeout: the slowest calls are about to time out.</summary>
    public static int DurationThresholdMilliseconds(FunctionModel function) => function.Timeout * 800;
}
