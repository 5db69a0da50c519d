using System.Globalization;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// A timer trigger's six-field NCRONTAB expression (<c>{second} {minute} {hour} {day} {month} {day-of-week}</c>,
/// learn.microsoft.com, "Timer trigger for Azure Functions", NCRONTAB expressions): each field <c>*</c>, a value, a
/// range <c>a-b</c>, a step <c>*/n</c> or <c>a-b/n</c>, or a comma list of these; months and days by number or
/// three-letter name. As in NCrontab, a time matches when every field does (day of month and day of week both).
/// Times are UTC (no <c>WEBSITE_TIME_ZONE</c>).
/// </summary>
public sealed class NcrontabSchedule
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private readonly bool[][] _fields;

    private NcrontabSchedule(bool[][] fields) => _fields = fields;

    /// <summary>Parses <paramref name="expression"/>; null (with <paramref name="problem"/>) when it is not six valid fields.</summary>
    public static NcrontabSchedule? TryParse(string expression, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var parts = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 6)
        {
            problem = $"'{expression}' has {parts.Length} fields, NCRONTAB with seconds has 6";
            return null;
        }

        (int Min, int Max, string[]? Names)[] ranges = [(0, 59, null), (0, 59, null), (0, 23, null), (1, 31, null), (1, 12, Months), (0, 6, Days)];
        var fields = new bool[6][];
        for (var i = 0; i < 6; i++)
        {
            fields[i] = Field(parts[i], ranges[i].Min, ranges[i].Max, ranges[i].Names, out problem)!;
            if (fields[i] is null)
            {
                problem = $"'{expression}': {problem}";
                return null;
            }
        }

        problem = null;
        return new NcrontabSchedule(fields);
    }

    /// <summary>True when the whole second <paramref name="time"/> (UTC) is an occurrence.</summary>
    public bool Matches(DateTimeOffset time)
    {
        var t = time.UtcDateTime;
        return _fields[0][t.Second] && _fields[1][t.Minute] && _fields[2][t.Hour] && _fields[3][t.Day] && _fields[4][t.Month] && _fields[5][(int)t.DayOfWeek];
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>, within five years; null when there is none (e.g. 31 February).</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        var utc = after.UtcDateTime;
        var t = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc).AddSeconds(1);
        var limit = t.AddYears(5);
        while (t < limit)
        {
            // Skip whole months, days, hours and minutes that cannot match, then seconds.
            if (!_fields[4][t.Month])
            {
                t = new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
            }
            else if (!_fields[3][t.Day] || !_fields[5][(int)t.DayOfWeek])
            {
                t = t.Date.AddDays(1);
            }
            else if (!_fields[2][t.Hour])
            {
                t = t.Date.AddHours(t.Hour + 1);
            }
            else if (!_fields[1][t.Minute])
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
            }
            else if (!_fields[0][t.Second])
            {
                t = t.AddSeconds(1);
            }
            else
            {
                return new DateTimeOffset(t);
            }
        }

        return null;
    }

    private static bool[]? Field(string text, int min, int max, string[]? names, out string? problem)
    {
        var allowed = new bool[max + 1];
        foreach (var item in text.Split(','))
        {
            var (range, stepText) = item.Split('/', 2) is [var r, var s] ? (r, s) : (item, null);
            var step = 1;
            if (stepText is not null && (!int.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1))
            {
                problem = $"step '{stepText}' is not a positive number";
                return null;
            }

            int low, high;
            if (range == "*")
            {
                (low, high) = (min, max);
            }
            else if (range.Split('-', 2) is [var a, var b])
            {
                if (Value(a, names) is not { } from || Value(b, names) is not { } to)
                {
                    problem = $"'{range}' is not a range";
                    return null;
                }

                (low, high) = (from, to);
            }
            else if (Value(range, names) is { } single)
            {
                // "a/n" runs from a to the field's end, as in NCrontab.
                (low, high) = (single, stepText is null ? single : max);
            }
            else
            {
                problem = $"'{range}' is not a value";
                return null;
            }

            if (low < min || high > max || low > high)
            {
                problem = $"'{item}' is outside {min}-{max}";
                return null;
            }

            for (var v = low; v <= high; v += step)
            {
                allowed[v] = true;
            }
        }

        problem = null;
        return allowed;
    }

    private static int? Value(string text, string[]? names)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var index = names is null ? -1 : Array.FindIndex(names, n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : names == Months ? index + 1 : index;
    }
}
