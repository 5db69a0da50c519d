using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC.Azure;

/// <summary>What we emit, through Microsoft's Bicep CLI: <c>bicep build</c> (compiler and linter) and <c>bicep lint</c>, 0 errors and 0 warnings (<see cref="CompiledBicep"/> runs each once for every case).</summary>
public sealed class BicepCompilerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Cases() => [.. AzureFixtures.BicepCases().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bicep_build_and_lint_report_nothing(string name)
    {
        var (build, lint) = CompiledBicep.Case(name);

        Assert.True(build.ExitCode == 0 && build.Findings.Count == 0, build.Errors);
        Assert.True(lint.ExitCode == 0 && lint.Findings.Count == 0, lint.Errors);
        Assert.Contains("\"Microsoft.Web/sites\"", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compiler_reports_a_broken_template_and_only_against_its_own_file()
    {
        // The check above can fail: a template with an unknown property and an unused parameter is reported, in a
        // batch run against that file alone, and by the single-file commands the same.
        var broken = _folder.Write("broken/main.bicep", "param unused string\nresource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: { name: 'Standard_LRS' }\n  properties: { noSuchProperty: true }\n}\n");
        var clean = _folder.Write("clean/main.bicep", "output greeting string = 'hello'\n");

        var builds = BicepCompiler.BuildAll(_folder.Path);
        var lints = BicepCompiler.LintAll(_folder.Path);

        Assert.NotEmpty(builds[broken].Findings);
        Assert.NotEmpty(lints[broken].Findings);
        Assert.Empty(builds[clean].Findings);
        Assert.Empty(lints[clean].Findings);
        Assert.Contains("\"greeting\"", builds[clean].Output, StringComparison.Ordinal);
        Assert.NotEmpty(BicepCompiler.Build(broken).Findings);
        Assert.NotEmpty(BicepCompiler.Lint(broken).Findings);
    }
}
