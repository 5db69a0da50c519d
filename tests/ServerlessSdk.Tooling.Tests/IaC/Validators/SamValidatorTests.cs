namespace ServerlessSdk.Tooling.Tests.IaC.Validators;

/// <summary>
/// The two runs the SAM tests read, made once: the validator's engine takes seconds to start, so the failing
/// fixtures share one run (as the emitted-manifest tests should).
/// </summary>
public sealed class SamRuns
{
    internal ValidationResult Valid { get; } = IaCValidators.ValidateSam(ValidatorFixtures.Sam("valid"));

    internal ValidationResult Faulty { get; } = IaCValidators.ValidateSam(
        ValidatorFixtures.Sam("unknown-property"),
        ValidatorFixtures.Sam("out-of-range"),
        ValidatorFixtures.Sam("serverless-resource-typo"),
        ValidatorFixtures.Sam("missing"));
}

[Collection(ValidatorCollection.Name)]
public sealed class SamValidatorTests(SamRuns runs) : IClassFixture<SamRuns>
{
    private static IEnumerable<string> ErrorCodes(ValidationResult result, string fixture) =>
        result.FindingsFor(ValidatorFixtures.Sam(fixture)).Where(f => f.IsError).Select(f => f.Code);

    [Fact]
    public void A_minimal_function_behind_an_http_api_passes_without_findings()
    {
        Assert.True(runs.Valid.Passed, runs.Valid.Output);
        Assert.Empty(runs.Valid.Findings);
    }

    [Fact]
    public void An_unknown_property_on_a_cloudformation_resource_fails_the_run()
    {
        Assert.Equal(1, runs.Faulty.ExitCode);
        Assert.Equal(["F3002"], ErrorCodes(runs.Faulty, "unknown-property"));
    }

    [Fact]
    public void A_value_above_the_schema_maximum_is_reported()
    {
        Assert.Equal(["F3034"], ErrorCodes(runs.Faulty, "out-of-range"));
    }

    [Fact]
    public void A_missing_template_is_an_error_not_a_pass()
    {
        Assert.Equal(["CFN-MISSING"], ErrorCodes(runs.Faulty, "missing"));
    }

    /// <summary>
    /// Pins a limit of the validator (README.md): properties inside AWS::Serverless::* resources are not checked
    /// against the generated resources' schemas, so the SAM writer's own tests must cover them.
    /// </summary>
    [Fact]
    public void Known_gap_values_inside_a_serverless_function_are_not_checked()
    {
        Assert.Empty(ErrorCodes(runs.Faulty, "serverless-resource-typo"));
    }
}
