using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Functions.Generator.Validation;

/// <summary>
/// Turns a valid EventBridge schedule (<see cref="ScheduleExpression"/>) into the six-field NCRONTAB expression of an
/// Azure timer trigger (<c>second minute hour day month day-of-week</c>), or says why it has none. A rate becomes a
/// cron step only when the step divides its unit evenly: <c>*/7</c> minutes restarts every hour, which is not
/// "every 7 minutes", so it is refused rather than approximated.
/// </summary>
internal static class Ncrontab
{
    private static readonly Regex Rate = new(@"^rate\((\d+) (minute|hour|day)s?\)$", RegexOptions.CultureInvariant);

    /// <summary>The NCRONTAB expression, or null with <paramref name="refusal"/> saying why there is none.</summary>
    public static string? FromSchedule(string expression, out string? refusal)
    {
        refusal = null;
        var rate = Rate.Match(expression);
        if (rate.Success)
        {
            var value = int.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture);
            var minutes = rate.Groups[2].Value switch { "minute" => value, "hour" => value * 60, _ => value * 1440 };
            return FromMinutes(minutes, out refusal);
        }

        var fields = expression.Substring(5, expression.Length - 6).Split([' '], System.StringSplitOptions.RemoveEmptyEntries);
        if (fields[5] != "*")
        {
            refusal = $"NCRONTAB has no year field: the year '{fields[5]}' cannot be kept; use '*'";
            return null;
        }

        for (var i = 2; i <= 4; i++)
        {
            if (fields[i].IndexOfAny(['L', 'W', '#']) >= 0 && !IsNames(fields[i]))
            {
                refusal = $"NCRONTAB has no 'L', 'W' or '#' (last, weekday, nth): '{fields[i]}' cannot be expressed";
                return null;
            }
        }

        var dayOfMonth = fields[2] == "?" ? "*" : fields[2];
        var dayOfWeek = fields[4] == "?" ? "*" : ShiftDaysOfWeek(fields[4]);
        return $"0 {fields[0]} {fields[1]} {dayOfMonth} {fields[3]} {dayOfWeek}";
    }

    private static string? FromMinutes(int minutes, out string? refusal)
    {
        refusal = null;
        if (minutes < 60 && 60 % minutes == 0)
        {
            return minutes == 1 ? "0 * * * * *" : $"0 */{minutes} * * * *";
        }

        if (minutes % 60 == 0 && minutes < 1440 && 24 % (minutes / 60) == 0)
        {
            return minutes == 60 ? "0 0 * * * *" : $"0 0 */{minutes / 60} * * *";
        }

        if (minutes == 1440)
        {
            return "0 0 0 * * *";
        }

        refusal = minutes > 1440
            ? "an interval of more than one day has no NCRONTAB form (day steps restart each month); use a cron(...) with explicit days"
            : $"an interval of {minutes} minutes does not divide an hour or a day evenly, so NCRONTAB steps cannot express it; use one that does (e.g. 5, 10, 15, 20, 30 minutes, 1, 2, 3, 4, 6, 8, 12 hours)";
        return null;
    }

    /// <summary>EventBridge numbers days 1–7 from Sunday, NCRONTAB 0–6: shift every day number, not step values.</summary>
    private static string ShiftDaysOfWeek(string field)
    {
        var result = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            var isStep = i > 0 && field[i - 1] == '/';
            result.Append(char.IsDigit(c) && !isStep ? (char)(c - 1) : c);
        }

        return result.ToString();
    }

    // Names such as WED contain no L/W/# meaning (WED has a W): only a field made of known names is exempt.
    private static bool IsNames(string field) =>
        Regex.IsMatch(field, "^((JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)[,-]?)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
