using System.Globalization;
using System.Text.RegularExpressions;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Tooling.Settings;

/// <summary>
/// Reads one property at a time for <see cref="ProjectSettings.Parse"/>: empty is the default, a bad value is an
/// error that names the property, what it expects and the default used meanwhile. Numbers use the invariant culture.
/// </summary>
internal sealed partial class SettingReader(List<ServerlessDiagnostic> diagnostics)
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

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && LambdaLimits.LogRetentionDays.Contains(days))
        {
            return days;
        }

        Invalid(DiagnosticCodes.IaCInvalidLogRetention, "ServerlessLogRetentionDays", raw, $"a CloudWatch retention ({string.Join(", ", LambdaLimits.LogRetentionDays)})", Invariant($"{fallback}"));
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
        foreach (var format in IaCFormats.Split(raw))
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

    /// <summary>A KMS key id, key ARN, <c>alias/…</c> name or alias ARN: what SNS's <c>KmsMasterKeyId</c> takes.</summary>
    public string KmsKey(string? raw, string property, string fallback)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        var key = raw.Trim();
        if (KmsKeyPattern().IsMatch(key))
        {
            return key;
        }

        Invalid(DiagnosticCodes.IaCInvalidKmsKey, property, raw, "a KMS key id, key ARN, alias/<name> or alias ARN", fallback);
        return fallback;
    }

    /// <summary><c>key=value</c> pairs separated by <c>;</c> (whitespace around each is ignored), checked against AWS's tag rules.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags(string? raw)
    {
        var tags = new List<KeyValuePair<string, string>>();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return tags;
        }

        foreach (var pair in raw.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pair : pair[..equals].Trim();
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..].Trim();
            var problem = equals < 0 ? "has no '='"
                : key.Length is 0 or > 128 ? "needs a key of 1–128 characters"
                : value.Length > 256 ? "has a value over 256 characters"
                : !TagText().IsMatch(key) || !TagText().IsMatch(value) ? "has a character AWS tags do not allow (letters, digits, spaces and _ . : / = + - @ are allowed)"
                : key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase) ? "uses the reserved prefix aws:"
                : SettingDefaults.GeneratedTagKeys.Contains(key, StringComparer.Ordinal) ? "sets a tag the IaC sets itself (service, stage)"
                : tags.Any(t => t.Key == key) ? "repeats a key"
                : null;
            if (problem is not null)
            {
                diagnostics.Add(ServerlessDiagnostic.Error(
                    DiagnosticCodes.IaCInvalidTags,
                    $"ServerlessTags entry '{pair}' {problem}; write key=value pairs separated by ';', e.g. team=orders;costcenter=42."));
                continue;
            }

            tags.Add(new KeyValuePair<string, string>(key, value));
        }

        if (tags.Count > SettingDefaults.MaxUserTags)
        {
            diagnostics.Add(ServerlessDiagnostic.Error(
                DiagnosticCodes.IaCInvalidTags,
                Invariant($"ServerlessTags has {tags.Count} tags; AWS allows 50 a resource and the IaC adds {SettingDefaults.GeneratedTagKeys.Count}, so declare at most {SettingDefaults.MaxUserTags}.")));
            return [];
        }

        return tags;
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

    [GeneratedRegex(@"^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key/[A-Za-z0-9-]+|alias/[A-Za-z0-9/_-]+)|alias/[A-Za-z0-9/_-]+|[A-Za-z0-9-]{1,2048}|mrk-[a-f0-9]{32})$")]
    private static partial Regex KmsKeyPattern();

    /// <summary>What AWS allows in tag keys and values.</summary>
    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$")]
    private static partial Regex TagText();
}
