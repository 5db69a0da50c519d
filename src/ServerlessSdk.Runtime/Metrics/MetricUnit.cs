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
    /// <summary>The unit as CloudWatch spells it ("Bytes/Second", "Count").</summary>
    public static string ToCloudWatch(this MetricUnit unit)
    {
        var name = unit.ToString();
        return name.EndsWith("PerSecond", StringComparison.Ordinal) ? name[..^"PerSecond".Length] + "/Second" : name;
    }
}
