namespace ServerlessSdk.Runtime.Metrics;

/// <summary>The units CloudWatch accepts for a metric.</summary>
public enum MetricUnit
{
    /// <summary>No unit.</summary>
    None,
    /// <summary>Seconds.</summary>
    Seconds,
    /// <summary>Microseconds.</summary>
    Microseconds,
    /// <summary>Milliseconds.</summary>
    Milliseconds,
    /// <summary>Bytes.</summary>
    Bytes,
    /// <summary>Kilobytes.</summary>
    Kilobytes,
    /// <summary>Megabytes.</summary>
    Megabytes,
    /// <summary>Gigabytes.</summary>
    Gigabytes,
    /// <summary>Terabytes.</summary>
    Terabytes,
    /// <summary>Bits.</summary>
    Bits,
    /// <summary>Kilobits.</summary>
    Kilobits,
    /// <summary>Megabits.</summary>
    Megabits,
    /// <summary>Gigabits.</summary>
    Gigabits,
    /// <summary>Terabits.</summary>
    Terabits,
    /// <summary>Percent.</summary>
    Percent,
    /// <summary>Count.</summary>
    Count,
    /// <summary>Bytes per second.</summary>
    BytesPerSecond,
    /// <summary>Kilobytes per second.</summary>
    KilobytesPerSecond,
    /// <summary>Megabytes per second.</summary>
    MegabytesPerSecond,
    /// <summary>Gigabytes per second.</summary>
    GigabytesPerSecond,
    /// <summary>Terabytes per second.</summary>
    TerabytesPerSecond,
    /// <summary>Bits per second.</summary>
    BitsPerSecond,
    /// <summary>Kilobits per second.</summary>
    KilobitsPerSecond,
    /// <summary>Megabits per second.</summary>
    MegabitsPerSecond,
    /// <summary>Gigabits per second.</summary>
    GigabitsPerSecond,
    /// <summary>Terabits per second.</summary>
    TerabitsPerSecond,
    /// <summary>Count per second.</summary>
    CountPerSecond,
}

internal static class MetricUnitNames
{
    /// <summary>The unit as CloudWatch spells it; a switch rather than Enum.ToString keeps reflection metadata out of AOT builds.</summary>
    public static string ToCloudWatch(this MetricUnit unit) => unit switch
    {
        MetricUnit.Seconds => "Seconds",
        MetricUnit.Microseconds => "Microseconds",
        MetricUnit.Milliseconds => "Milliseconds",
        MetricUnit.Bytes => "Bytes",
        MetricUnit.Kilobytes => "Kilobytes",
        MetricUnit.Megabytes => "Megabytes",
        MetricUnit.Gigabytes => "Gigabytes",
        MetricUnit.Terabytes => "Terabytes",
        MetricUnit.Bits => "Bits",
        MetricUnit.Kilobits => "Kilobits",
        MetricUnit.Megabits => "Megabits",
        MetricUnit.Gigabits => "Gigabits",
        MetricUnit.Terabits => "Terabits",
        MetricUnit.Percent => "Percent",
        MetricUnit.Count => "Count",
        MetricUnit.BytesPerSecond => "Bytes/Second",
        MetricUnit.KilobytesPerSecond => "Kilobytes/Second",
        MetricUnit.MegabytesPerSecond => "Megabytes/Second",
        MetricUnit.GigabytesPerSecond => "Gigabytes/Second",
        MetricUnit.TerabytesPerSecond => "Terabytes/Second",
        MetricUnit.BitsPerSecond => "Bits/Second",
        MetricUnit.KilobitsPerSecond => "Kilobits/Second",
        MetricUnit.MegabitsPerSecond => "Megabits/Second",
        MetricUnit.GigabitsPerSecond => "Gigabits/Second",
        MetricUnit.TerabitsPerSecond => "Terabits/Second",
        MetricUnit.CountPerSecond => "Count/Second",
        _ => "None",
    };
}
