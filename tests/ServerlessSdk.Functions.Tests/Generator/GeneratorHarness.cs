using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ServerlessSdk.Functions.Generator;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Functions.Tests.Generator;

/// <summary>Runs the generator over source text the way the compiler does, then compiles its output.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted.Select(p => MetadataReference.CreateFromFile(p)),
            MetadataReference.CreateFromFile(typeof(Runtime.Events.HttpApiRequest).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(LambdaFunctionAttribute).Assembly.Location)];
    });

    public static GeneratorRun Run(string source, string? serviceName = null, string projectName = "OrdersService", string? platform = null)
    {
        var compilation = CSharpCompilation.Create(
            "bootstrap",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Handlers.cs")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new Options(new Dictionary<string, string>
        {
            ["build_property.MSBuildProjectName"] = projectName,
            ["build_property.ServerlessServiceName"] = serviceName ?? string.Empty,
            ["build_property.ServerlessPlatform"] = platform ?? string.Empty,
        });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new FunctionsGenerator().AsSourceGenerator()],
            optionsProvider: new OptionsProvider(options),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, compilation, output, generatorDiagnostics);
    }

    private sealed class OptionsProvider(AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => global;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => global;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value) && value.Length > 0;
    }
}

internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<string> Codes => GeneratorDiagnostics.Select(d => d.Id).Distinct().Order();

    public string GeneratedCode => Driver.GetRunResult().GeneratedTrees.Single().ToString();

    /// <summary>Errors of the user code plus the generated code, as the real build would see them.</summary>
    public IEnumerable<Diagnostic> CompileErrors =>
        Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The manifest JSON as stored in the compiled assembly, null when none was written.</summary>
    public System.Text.Json.JsonElement? RawManifest()
    {
        using var stream = new MemoryStream();
        var result = Output.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        var assembly = System.Reflection.Assembly.Load(stream.ToArray());
        var value = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ServerlessSdk.FunctionManifest")?.Value;
        return value is null ? null : System.Text.Json.JsonDocument.Parse(value).RootElement.Clone();
    }

    /// <summary>The manifest, read back the way the build reads it: from the compiled assembly.</summary>
    public ServiceManifest? Manifest()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sls-gen-{Guid.NewGuid():N}.dll");
        try
        {
            using (var stream = File.Create(path))
            {
                var result = Output.Emit(stream);
                Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            }

            return ServiceManifestReader.FromAssembly(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
