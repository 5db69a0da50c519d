using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC.Validators;

/// <summary>The packaging runs the Serverless Framework tests read, made once: each takes seconds.</summary>
public sealed class ServerlessRuns : IDisposable
{
    private readonly TempFolder _services = new();

    public ServerlessRuns()
    {
        ValidService = ValidatorFixtures.Service("valid", _services);
        Deprecated = ValidatorFixtures.Service("deprecated", _services);
        Passing = IaCValidators.PackageServerless(ValidService, Deprecated);

        UnknownProperty = ValidatorFixtures.Service("unknown-property", _services);
        MissingArtifact = ValidatorFixtures.Service("valid", _services, "missing-artifact");
        File.Delete(Path.Combine(MissingArtifact, "function.zip"));
        LaxMode = ValidatorFixtures.Service("unknown-property", _services, "lax-mode");
        var config = Path.Combine(LaxMode, "serverless.yml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("configValidationMode: error", "configValidationMode: warn", StringComparison.Ordinal));
        Faulty = IaCValidators.PackageServerless(UnknownProperty, MissingArtifact, LaxMode);
    }

    internal string ValidService { get; }

    internal string Deprecated { get; }

    internal string UnknownProperty { get; }

    internal string MissingArtifact { get; }

    internal string LaxMode { get; }

    internal ValidationResult Passing { get; }

    internal ValidationResult Faulty { get; }

    public void Dispose() => _services.Dispose();
}

[Collection(ValidatorCollection.Name)]
public sealed class ServerlessPackageTests(ServerlessRuns runs) : IClassFixture<ServerlessRuns>
{
    [Fact]
    public void A_minimal_service_packages_and_its_cloudformation_has_no_errors()
    {
        Assert.True(runs.Passing.Passed, runs.Passing.Output);
        Assert.DoesNotContain(runs.Passing.FindingsFor(runs.ValidService), f => f.IsError || f.Code.StartsWith("SLS-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deprecated_setting_packages_with_a_warning_naming_the_deprecation()
    {
        var finding = Assert.Single(runs.Passing.FindingsFor(runs.Deprecated), f => f.Code.StartsWith("SLS-", StringComparison.Ordinal));
        Assert.Equal(("WARN", "SLS-DEPRECATION-PROVIDER_IAM_SETTINGS_V3"), (finding.Severity, finding.Code));
    }

    [Fact]
    public void Packaging_leaves_the_service_folder_as_it_was()
    {
        Assert.False(Directory.Exists(Path.Combine(runs.ValidService, ".serverless")));
    }

    [Fact]
    public void An_unknown_function_property_fails_packaging()
    {
        Assert.Equal(1, runs.Faulty.ExitCode);
        Assert.Equal(["SLS-PACKAGE"], runs.Faulty.FindingsFor(runs.UnknownProperty).Select(f => f.Code));
    }

    [Fact]
    public void A_missing_package_artifact_fails_packaging()
    {
        Assert.Equal(["SLS-PACKAGE"], runs.Faulty.FindingsFor(runs.MissingArtifact).Select(f => f.Code));
    }

    [Fact]
    public void A_service_in_warn_mode_is_still_packaged_strictly_and_the_mode_is_reported()
    {
        var findings = runs.Faulty.FindingsFor(runs.LaxMode).ToList();
        Assert.Contains(findings, f => f is { Code: "SLS-VALIDATION-MODE", Severity: "WARN" });
        Assert.Contains(findings, f => f is { Code: "SLS-PACKAGE", IsError: true });
    }
}
