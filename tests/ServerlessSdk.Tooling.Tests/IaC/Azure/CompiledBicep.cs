using System.Text.Json;
using ServerlessSdk.Tooling.IaC.Azure;

namespace ServerlessSdk.Tooling.Tests.IaC.Azure;

/// <summary>
/// main.bicep of every <see cref="AzureFixtures.BicepCases"/> case, emitted once into one folder and put through one
/// <c>bicep build</c> and one <c>bicep lint</c> run for all of them: the CLI takes seconds to start and a file
/// milliseconds, so this is what keeps the compiler's verdict on every case affordable in CI.
/// </summary>
internal static class CompiledBicep
{
    private static readonly Lazy<IReadOnlyDictionary<string, (BicepResult Build, BicepResult Lint)>> s_cases = new(Compile);

    /// <summary>The build and lint results of the case named <paramref name="name"/>.</summary>
    public static (BicepResult Build, BicepResult Lint) Case(string name) => s_cases.Value[name];

    /// <summary>The ARM JSON of the mixed manifest on <paramref name="plan"/>; fails the test if it did not compile.</summary>
    public static JsonElement Mixed(string plan) => Arm($"mixed-{plan}");

    /// <summary>The ARM JSON of the case named <paramref name="name"/>; fails the test if it did not compile.</summary>
    public static JsonElement Arm(string name)
    {
        var build = Case(name).Build;
        Assert.True(build.ExitCode == 0, build.Errors);
        return JsonDocument.Parse(build.Output).RootElement.Clone();
    }

    private static IReadOnlyDictionary<string, (BicepResult, BicepResult)> Compile()
    {
        var folder = Directory.CreateTempSubdirectory("sls-bicep-").FullName;
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, manifest, settings) in AzureFixtures.BicepCases())
            {
                var result = AzureEmitter.EmitBicep(manifest, settings, Path.Combine(folder, name), overwriteEdited: false);
                Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
                files[name] = Path.Combine(folder, name, BicepWriter.FileName);
            }

            var builds = BicepCompiler.BuildAll(folder);
            var lints = BicepCompiler.LintAll(folder);
            return files.ToDictionary(f => f.Key, f => (builds[f.Value], lints[f.Value]), StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
