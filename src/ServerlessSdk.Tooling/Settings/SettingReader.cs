using System.Globalization;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Tooling.Settings;

/// <summary>
/// Reads one property at a time for <see cref="ProjectSettings.Parse"/>: empty is the default, a bad value is an
/// error that names the property, what it expects and the default used meanwhile. Numbers use the invariant culture.
/// </summary>
internal sealed class SettingReader(List<ServerlessDiagnostic> diagnostics)
{
    public T Choice<T>(string? raw, string property, string code, IReadOnlyList<T> choices, Func<T, string> name, T fallback)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        var found = choices.FirstOrDefault(c => string.Equals(name(c), raw.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is not null)
        {
            return found;
        }

        Invalid(code, property, raw, string.Join(" or ", choices.Select(name)), name(fallback));
        return fallback;
    }

    public int Whole(string? raw, string property, string code, int min, int max, string unit, int fallback)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Invalid(code, property, raw, Invariant($"a whole number of {unit} from {min} to {max}"), fallback.ToString(CultureInfo.InvariantCulture));
        return fallback;
    }

    public int Retention(string? raw)
    {
        var fallback = SettingDefaults.LogRetentionDays;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && IaCSettingsValidator.LogRetentionValues.Contains(days))
        {
            return days;
        }

        Invalid(DiagnosticCodes.IaCInvalidLogRetention, "ServerlessLogRetentionDays", raw, $"a CloudWatch retention ({string.Join(", ", IaCSettingsValidator.LogRetentionValues)})", Invariant($"{fallback}"));
        return fallback;
    }

    public string Stage(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return SettingDefaults.StageName;
        }

        if (ProjectSettings.IsValidStageName(raw.Trim()))
        {
            return raw.Trim();
        }

        Invalid(DiagnosticCodes.IaCInvalidStageName, "ServerlessStageName", raw, "$default or 1–128 letters, digits, '-' and '_'", SettingDefaults.StageName);
        return SettingDefaults.StageName;
    }

    public IReadOnlyList<string> Formats(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return SettingDefaults.IaCFormats;
        }

        var formats = new List<string>();
        foreach (var format in raw.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var known = IaCFormats.All.FirstOrDefault(f => string.Equals(f, format, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                Invalid(DiagnosticCodes.IaCUnknownFormat, "ServerlessIaCFormats", format, $"an IaC format ({string.Join(", ", IaCFormats.All)})", string.Join(";", SettingDefaults.IaCFormats));
            }
            else if (!formats.Contains(known))
            {
                formats.Add(known);
            }
        }

        return formats;
    }

    public long Invocations(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return SettingDefaults.MonthlyInvocations;
        }

        if (long.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var invocations) && invocations > 0)
        {
            return invocations;
        }

        Invalid(DiagnosticCodes.InvalidExpectedMonthlyInvocations, "ServerlessExpectedMonthlyInvocations", raw, "a whole number greater than zero, such as 5000000", Invariant($"{SettingDefaults.MonthlyInvocations}"));
        return SettingDefaults.MonthlyInvocations;
    }

    public double Fraction(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return SettingDefaults.ColdStartRate;
        }

        if (double.TryParse(raw.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1)
        {
            return rate;
        }

        Invalid(DiagnosticCodes.InvalidColdStartRate, "ServerlessColdStartRate", raw, "a fraction from 0 to 1, such as 0.05 for 5%", Invariant($"{SettingDefaults.ColdStartRate}"));
        return SettingDefaults.ColdStartRate;
    }

    public void TriggerType(string? raw)
    {
        if (!string.IsNullOrWhiteSpace(raw) && !SampleEvents.TriggerTypes.Contains(raw.Trim().ToLowerInvariant(), StringComparer.Ordinal))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(
                DiagnosticCodes.UnknownTriggerType,
                $"ServerlessTriggerType is '{raw}', which has no sample event; use one of {string.Join(", ", SampleEvents.TriggerTypes)}, or leave it empty."));
        }
    }

    public void File(string? path)
    {
        if (!string.IsNullOrWhiteSpace(path) && !System.IO.File.Exists(path))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(
                DiagnosticCodes.StartupEventNotFound,
                $"ServerlessStartupEvent names '{path}', which does not exist; point it at a JSON event file (relative to the project), or leave it empty.",
                path));
        }
    }

    public void Switch(string? raw, string property)
    {
        if (!string.IsNullOrWhiteSpace(raw) && !bool.TryParse(raw.Trim(), out _))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(
                DiagnosticCodes.InvalidSwitch,
                $"{property} is '{raw}', which is not true or false; set one of them, or leave it empty for the default."));
        }
    }

    private void Invalid(string code, string property, string raw, string expected, string fallback) => diagnostics.Add(ServerlessDiagnostic.Error(
        code,
        $"{property} is '{raw}', which is not {expected}; set it to one, or leave it empty for the default ({fallback})."));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
