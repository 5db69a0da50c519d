using System.Globalization;
using ServerlessSdk.Tooling.Artifacts;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Cost;

/// <summary>The function configuration and traffic a cost estimate assumes.</summary>
/// <param name="Architecture">The configured architecture; budgets compare its cost.</param>
/// <param name="MemoryMb">The configured memory size, in MB.</param>
/// <param name="MonthlyInvocations">Expected invocations per month.</param>
/// <param name="ColdStartRate">The fraction of invocations assumed cold, 0 to 1.</param>
public sealed record CostSettings(LambdaArchitecture Architecture, int MemoryMb, long MonthlyInvocations, double ColdStartRate)
{
    /// <summary>Lambda's smallest memory size, in MB.</summary>
    public const int MinMemoryMb = 128;

    /// <summary>Lambda's largest memory size, in MB.</summary>
    public const int MaxMemoryMb = 10_240;

    /// <summary>x86_64, 128 MB, 1,000,000 invocations, 1% cold.</summary>
    public static CostSettings Default { get; } =
        new(LambdaArchitecture.X64, CostInputs.DefaultMemoryMb, CostInputs.DefaultMonthlyInvocations, CostInputs.DefaultColdStartRate);

    /// <summary>
    /// Parses the MSBuild properties <c>ServerlessArchitecture</c>, <c>ServerlessMemorySize</c>,
    /// <c>ServerlessExpectedMonthlyInvocations</c> and <c>ServerlessColdStartRate</c>; empty means the default.
    /// Invalid values are errors (<see cref="DiagnosticCodes.UnknownArchitecture"/>,
    /// <see cref="DiagnosticCodes.InvalidMemorySize"/>, <see cref="DiagnosticCodes.InvalidExpectedMonthlyInvocations"/>,
    /// <see cref="DiagnosticCodes.InvalidColdStartRate"/>) and keep the default.
    /// </summary>
    public static (CostSettings Settings, IReadOnlyList<ServerlessDiagnostic> Diagnostics) Parse(
        string? architecture, string? memorySize, string? expectedMonthlyInvocations, string? coldStartRate)
    {
        var diagnostics = new List<ServerlessDiagnostic>();
        var settings = Default;

        if (!string.IsNullOrWhiteSpace(architecture))
        {
            if (LambdaArchitecture.TryParse(architecture, out var parsed))
            {
                settings = settings with { Architecture = parsed };
            }
            else
            {
                diagnostics.Add(Invalid(DiagnosticCodes.UnknownArchitecture, "ServerlessArchitecture", architecture, "x86_64 or arm64", "x86_64"));
            }
        }

        if (!string.IsNullOrWhiteSpace(memorySize))
        {
            if (int.TryParse(memorySize.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var megabytes) && megabytes is >= MinMemoryMb and <= MaxMemoryMb)
            {
                settings = settings with { MemoryMb = megabytes };
            }
            else
            {
                diagnostics.Add(Invalid(DiagnosticCodes.InvalidMemorySize, "ServerlessMemorySize", memorySize, "a whole number of MB from 128 to 10240", "128"));
            }
        }

        if (!string.IsNullOrWhiteSpace(expectedMonthlyInvocations))
        {
            if (long.TryParse(expectedMonthlyInvocations.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var invocations) && invocations > 0)
            {
                settings = settings with { MonthlyInvocations = invocations };
            }
            else
            {
                diagnostics.Add(Invalid(
                    DiagnosticCodes.InvalidExpectedMonthlyInvocations, "ServerlessExpectedMonthlyInvocations", expectedMonthlyInvocations, "a whole number greater than zero, such as 5000000", "1000000"));
            }
        }

        if (!string.IsNullOrWhiteSpace(coldStartRate))
        {
            if (double.TryParse(coldStartRate.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1)
            {
                settings = settings with { ColdStartRate = rate };
            }
            else
            {
                diagnostics.Add(Invalid(DiagnosticCodes.InvalidColdStartRate, "ServerlessColdStartRate", coldStartRate, "a fraction from 0 to 1, such as 0.05 for 5%", "0.01"));
            }
        }

        return (settings, diagnostics);
    }

    private static ServerlessDiagnostic Invalid(string code, string property, string raw, string expected, string fallback) => ServerlessDiagnostic.Error(
        code,
        $"{property} is '{raw}', which is not {expected}; set it to one, or leave it empty for the default ({fallback}).");
}
