using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Functions.Generator.Validation;

/// <summary>EventBridge schedule expressions: <c>rate(value unit)</c> and six-field <c>cron(...)</c>.</summary>
internal static class ScheduleExpression
{
    private static readonly Regex Rate = new(@"^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$", RegexOptions.CultureInvariant);
    private static readonly Regex Cron = new(@"^cron\(([^()]+)\)$", RegexOptions.CultureInvariant);

    private static readonly FieldRule[] Fields =
    [
        new("minutes", 0, 59, @"[0-9,\-*/]+", Names: null),
        new("hours", 0, 23, @"[0-9,\-*/]+", Names: null),
        new("day-of-month", 1, 31, @"[0-9,\-*/?LW]+", Names: null),
        new("month", 1, 12, @"[0-9A-Za-z,\-*/]+", Names: "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"),
        new("day-of-week", 1, 7, @"[0-9A-Za-z,\-*/?L#]+", Names: "SUN|MON|TUE|WED|THU|FRI|SAT"),
        new("year", 1970, 2199, @"[0-9,\-*/]+", Names: null),
    ];

    /// <summary>Null when valid, else why not.</summary>
    public static string? Validate(string expression)
    {
        var rate = Rate.Match(expression);
        if (rate.Success)
        {
            if (!int.TryParse(rate.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                return "a rate must be a positive whole number";
            }

            var plural = rate.Groups[2].Value.EndsWith("s", StringComparison.Ordinal);
            return (value == 1) == plural ? $"write 'rate({value} {Unit(rate.Groups[2].Value, value)})'" : null;
        }

        var cron = Cron.Match(expression);
        if (!cron.Success)
        {
            return "expected rate(value unit) or cron(minutes hours day-of-month month day-of-week year)";
        }

        var fields = cron.Groups[1].Value.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 6)
        {
            return $"a cron expression has six fields (minutes hours day-of-month month day-of-week year), found {fields.Length}";
        }

        for (var i = 0; i < fields.Length; i++)
        {
            var problem = Fields[i].Check(fields[i]);
            if (problem is not null)
            {
                return problem;
            }
        }

        var dayOfMonthAny = fields[2] == "?";
        var dayOfWeekAny = fields[4] == "?";
        return dayOfMonthAny == dayOfWeekAny
            ? "exactly one of day-of-month and day-of-week must be '?'"
            : null;
    }

    private static string Unit(string unit, int value)
    {
        var singular = unit.TrimEnd('s');
        return value == 1 ? singular : singular + "s";
    }

    private sealed record FieldRule(string Name, int Min, int Max, string Characters, string? Names)
    {
        public string? Check(string field)
        {
            if (!Regex.IsMatch(field, "^" + Characters + "$", RegexOptions.CultureInvariant))
            {
                return $"cron {Name} field '{field}' has characters it cannot use";
            }

            if (Names is not null)
            {
                field = Regex.Replace(field, Names, "1", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                if (Regex.IsMatch(field, "[A-Za-z]", RegexOptions.CultureInvariant) && !Regex.IsMatch(field, "^[0-9]*L$|L", RegexOptions.CultureInvariant))
                {
                    return $"cron {Name} field has an unknown name";
                }
            }

            foreach (Match number in Regex.Matches(field, @"\d+", RegexOptions.CultureInvariant))
            {
                var afterSlashOrHash = number.Index > 0 && (field[number.Index - 1] == '/' || field[number.Index - 1] == '#');
                if (afterSlashOrHash)
                {
                    continue;
                }

                var value = int.Parse(number.Value, CultureInfo.InvariantCulture);
                if (value < Min || value > Max)
                {
                    return $"cron {Name} value {value} is outside {Min}-{Max}";
                }
            }

            return null;
        }
    }
}
