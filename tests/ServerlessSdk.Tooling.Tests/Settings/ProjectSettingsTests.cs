using ServerlessSdk.Tooling.Budgets;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Measurement;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.Tests.Settings;

public sealed class ProjectSettingsTests
{
    private static string[] Codes(ProjectSettingsInput input) =>
        [.. ProjectSettings.Parse(input, MeasurementKind.Build).Diagnostics.Select(d => d.Code)];

    [Fact]
    public void Empty_properties_give_the_documented_defaults()
    {
        var (settings, diagnostics) = ProjectSettings.Parse(new ProjectSettingsInput(), MeasurementKind.Publish);

        Assert.Empty(diagnostics);
        Assert.Equal(256, settings.MemoryMb);
        Assert.Equal(30, settings.TimeoutSeconds);
        Assert.Equal(14, settings.LogRetentionDays);
        Assert.Equal("x86_64", settings.Architecture.Name);
        Assert.Equal("provided.al2023", settings.Runtime.Name);
        Assert.Equal("$default", settings.StageName);
        Assert.Equal(["sam", "terraform"], settings.IaCFormats);
        Assert.Equal(FunctionBudgets.PublishDefaults, settings.Budgets);
    }

    [Theory]
    [InlineData("big", DiagnosticCodes.InvalidMemorySize)]
    [InlineData("64", DiagnosticCodes.InvalidMemorySize)]
    public void A_bad_memory_size_has_one_code_wherever_it_is_read(string value, string code) =>
        Assert.Equal([code], Codes(new ProjectSettingsInput { MemorySize = value }));

    [Fact]
    public void The_memory_size_message_names_the_real_default()
    {
        var diagnostic = Assert.Single(ProjectSettings.Parse(new ProjectSettingsInput { MemorySize = "big" }, MeasurementKind.Build).Diagnostics);

        Assert.Contains("(256)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_value_is_reported_at_once_with_its_own_code()
    {
        var codes = Codes(new ProjectSettingsInput
        {
            Architecture = "x86",
            Timeout = "0",
            LogRetentionDays = "10",
            Runtime = "provided",
            StageName = "prod stage",
            IaCFormats = "sam;cdk",
            TriggerType = "http",
            StartupEventFile = "/no/such/event.json",
            ExpectedMonthlyInvocations = "many",
            ColdStartRate = "2",
            Budgets = new BudgetInputs { ColdStartBudget = "abc" },
            Switches = new Dictionary<string, string?> { ["ServerlessAlarms"] = "yes", ["ServerlessIaC"] = "false" },
        });

        Assert.Equal(
            new[]
            {
                DiagnosticCodes.InvalidColdStartBudget, DiagnosticCodes.UnknownArchitecture, DiagnosticCodes.IaCInvalidTimeout,
                DiagnosticCodes.IaCInvalidLogRetention, DiagnosticCodes.UnknownRuntime, DiagnosticCodes.IaCInvalidStageName,
                DiagnosticCodes.IaCUnknownFormat, DiagnosticCodes.InvalidExpectedMonthlyInvocations, DiagnosticCodes.InvalidColdStartRate,
                DiagnosticCodes.UnknownTriggerType, DiagnosticCodes.StartupEventNotFound, DiagnosticCodes.InvalidSwitch,
            }.Order(),
            codes.Order());
    }

    [Fact]
    public void Values_are_read_case_insensitively_and_trimmed()
    {
        var (settings, diagnostics) = ProjectSettings.Parse(
            new ProjectSettingsInput { Architecture = " ARM64 ", MemorySize = " 512 ", IaCFormats = "SAM; serverless", Switches = new Dictionary<string, string?> { ["ServerlessIaC"] = "True" } },
            MeasurementKind.Build);

        Assert.Empty(diagnostics);
        Assert.Equal("arm64", settings.Architecture.Name);
        Assert.Equal(512, settings.MemoryMb);
        Assert.Equal(["sam", "serverless"], settings.IaCFormats);
    }
}
