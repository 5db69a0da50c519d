using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC.Azure;

/// <summary>What we emit, through Microsoft's Bicep CLI: <c>bicep build</c> (compiler and linter) and <c>bicep lint</c>, 0 errors and 0 warnings.</summary>
public sealed class BicepCompilerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Cases() => [.. AzureFixtures.BicepCases().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bicep_build_and_lint_report_nothing(string name)
    {
        var (_, manifest, settings) = AzureFixtures.BicepCases().Single(c => c.Name == name);
        var result = AzureEmitter.EmitBicep(manifest, settings, _folder.Path, overwriteEdited: false);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var file = Path.Combine(_folder.Path, BicepWriter.FileName);

        var build = BicepCompiler.Build(file);
        var lint = BicepCompiler.Lint(file);

        Assert.True(build.ExitCode == 0 && build.Findings.Count == 0, build.Errors);
        Assert.True(lint.ExitCode == 0 && lint.Findings.Count == 0, lint.Errors);
        Assert.Contains("\"Microsoft.Web/sites\"", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compiler_reports_a_broken_template()
    {
        // The check above can fail: a template with an unknown property and an unused parameter is reported.
        var file = _folder.Write("broken.bicep", "param unused string\nresource s 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: { name: 'Standard_LRS' }\n  properties: { noSuchProperty: true }\n}\n");

        Assert.NotEmpty(BicepCompiler.Build(file).Findings);
        Assert.NotEmpty(BicepCompiler.Lint(file).Findings);
    }
}
