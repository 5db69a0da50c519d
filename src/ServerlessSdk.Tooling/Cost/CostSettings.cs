using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.Cost;

/// <summary>The function configuration and traffic a cost estimate assumes.</summary>
/// <param name="Architecture">The configured architecture; budgets compare its cost.</param>
/// <param name="MemoryMb">The configured memory size, in MB.</param>
/// <param name="MonthlyInvocations">Expected invocations per month.</param>
/// <param name="ColdStartRate">The fraction of invocations assumed cold, 0 to 1.</param>
public sealed record CostSettings(LambdaInstructionSet Architecture, int MemoryMb, long MonthlyInvocations, double ColdStartRate)
{
    /// <summary>Lambda's smallest memory size, in MB.</summary>
    public const int MinMemoryMb = SettingDefaults.MinMemoryMb;

    /// <summary>Lambda's largest memory size, in MB.</summary>
    public const int MaxMemoryMb = SettingDefaults.MaxMemoryMb;

    /// <summary>x86_64, 256 MB, 1,000,000 invocations, 1% cold (<see cref="SettingDefaults"/>).</summary>
    public static CostSettings Default { get; } =
        new(LambdaInstructionSet.X64, SettingDefaults.MemoryMb, SettingDefaults.MonthlyInvocations, SettingDefaults.ColdStartRate);

    /// <summary>The cost-relevant part of the project's settings.</summary>
    public static CostSettings From(ProjectSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.Architecture, settings.MemoryMb, settings.MonthlyInvocations, settings.ColdStartRate);
    }

    /// <summary>
    /// Parses the MSBuild properties <c>ServerlessArchitecture</c>, <c>ServerlessMemorySize</c>,
    /// <c>ServerlessExpectedMonthlyInvocations</c> and <c>ServerlessColdStartRate</c> with
    /// <see cref="ProjectSettings.Parse"/>; empty means the default. Invalid values are errors
    /// (<see cref="DiagnosticCodes.UnknownArchitecture"/>, <see cref="DiagnosticCodes.InvalidMemorySize"/>,
    /// <see cref="DiagnosticCodes.InvalidExpectedMonthlyInvocations"/>, <see cref="DiagnosticCodes.InvalidColdStartRate"/>)
    /// and keep the default.
    /// </summary>
    public static (CostSettings Settings, IReadOnlyList<ServerlessDiagnostic> Diagnostics) Parse(
        string? architecture, string? memorySize, string? expectedMonthlyInvocations, string? coldStartRate)
    {
        var (settings, diagnostics) = ProjectSettings.Parse(
            new ProjectSettingsInput
            {
                Architecture = architecture,
                MemorySize = memorySize,
                ExpectedMonthlyInvocations = expectedMonthlyInvocations,
                ColdStartRate = coldStartRate,
            },
            Measurement.MeasurementKind.Build);
        return (From(settings), diagnostics);
    }
}
