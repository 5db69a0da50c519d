using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ServerlessSdk.Functions.Generator.Emit;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Functions.Generator;

/// <summary>
/// Turns [HttpApi], [SqsTrigger], … declarations into <c>ServerlessFunctions</c> (dispatch code) and the function
/// manifest stored in the assembly. Incremental: each handler method is analysed into an equatable model, so an edit
/// elsewhere in the project re-runs only the final, cheap step.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FunctionsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var methods = KnownTypes.Triggers
            .Select(name => context.SyntaxProvider.ForAttributeWithMetadataName(
                name,
                static (node, _) => node is MethodDeclarationSyntax,
                static (ctx, _) => MethodAnalyzer.Analyze((IMethodSymbol)ctx.TargetSymbol)).Collect())
            .Aggregate((left, right) => left.Combine(right).Select(static (pair, _) => pair.Left.AddRange(pair.Right)));

        // [assembly: DynamoDbTable(...)] and its kin: the node is the compilation unit, the symbol the assembly.
        var resources = KnownTypes.Resources
            .Select(name => context.SyntaxProvider.ForAttributeWithMetadataName(
                    name,
                    static (node, _) => node is CompilationUnitSyntax,
                    static (ctx, _) => ctx.Attributes.Select(ResourceReader.Read).OfType<ResourceModel>().ToEquatable())
                .SelectMany(static (models, _) => models)
                .Collect())
            .Aggregate((left, right) => left.Combine(right).Select(static (pair, _) => pair.Left.AddRange(pair.Right)));

        var eventRules = context.SyntaxProvider.ForAttributeWithMetadataName(
                KnownTypes.EventRule,
                static (node, _) => node is CompilationUnitSyntax,
                static (ctx, _) => ctx.Attributes.Select(EventRulePlanner.Read).ToEquatable())
            .SelectMany(static (models, _) => models)
            .Collect();

        var indexes = context.SyntaxProvider.ForAttributeWithMetadataName(
                KnownTypes.DynamoDbIndex,
                static (node, _) => node is CompilationUnitSyntax,
                static (ctx, _) => ctx.Attributes.Select(ResourceReader.ReadIndex).OfType<IndexModel>().ToEquatable())
            .SelectMany(static (models, _) => models)
            .Collect();

        var jsonContexts = context.SyntaxProvider.ForAttributeWithMetadataName(
                KnownTypes.JsonSerializable,
                static (node, _) => node is ClassDeclarationSyntax,
                static (ctx, _) => ctx.Attributes
                    .Where(a => a.ConstructorArguments.Length == 1 && a.ConstructorArguments[0].Value is ITypeSymbol)
                    .Select(a => new JsonContextEntry(
                        ctx.TargetSymbol.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                        ((ITypeSymbol)a.ConstructorArguments[0].Value!).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)))
                    .ToEquatable())
            .SelectMany(static (entries, _) => entries)
            .Collect();

        var authorizer = context.CompilationProvider.Select(static (compilation, _) => Authorizer(compilation));
        var service = context.AnalyzerConfigOptionsProvider.Combine(context.CompilationProvider.Select(static (c, _) => c.AssemblyName))
            .Select(static (pair, _) => ServiceName(pair.Left.GlobalOptions, pair.Right));

        var platformSetting = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            options.GlobalOptions.TryGetValue("build_property.ServerlessPlatform", out var value) ? value : null);

        var input = methods.Combine(jsonContexts).Combine(authorizer).Combine(service).Combine(resources.Combine(indexes).Combine(eventRules)).Combine(platformSetting);
        context.RegisterSourceOutput(input, static (spc, data) =>
        {
            var (((((methodModels, contexts), jwt), (serviceName, serviceProblem)), ((resourceModels, indexModels), ruleModels)), configuredPlatform) = data;
            var platform = PlatformMapper.Parse(configuredPlatform);
            var (functions, diagnostics, complete) = FunctionPlanner.Plan(methodModels, contexts, jwt is not null, platform ?? PlatformMapper.Aws);
            var (declared, resourcesComplete) = ResourcePlanner.Plan(resourceModels, indexModels, methodModels, platform ?? PlatformMapper.Aws, diagnostics);
            var (rules, rulesComplete) = EventRulePlanner.Plan(ruleModels, declared, platform ?? PlatformMapper.Aws, diagnostics);
            complete &= resourcesComplete && rulesComplete;
            if (serviceProblem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, null, serviceProblem));
            }

            if (platform is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnknownPlatform, null, configuredPlatform ?? string.Empty));
            }

            foreach (var diagnostic in diagnostics.Distinct())
            {
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.ById[diagnostic.Id], diagnostic.Location?.ToLocation(), diagnostic.Arguments.Cast<object>().ToArray()));
            }

            // The manifest is written only for declarations the compiler accepted: a build that fails emits no IaC.
            // Warnings (SLS4015) leave it alone.
            var manifest = functions.Count > 0 && complete && !diagnostics.Any(d => Diagnostics.IsError(d.Id))
                ? ManifestWriter.Write(serviceName, platform!, jwt, declared, rules, functions)
                : null;
            spc.AddSource("ServerlessFunctions.g.cs", platform == PlatformMapper.Azure
                ? AzureDispatchWriter.Write(manifest, functions)
                : DispatchWriter.Write(manifest, functions));
        });
    }

    private static JwtAuthorizerModel? Authorizer(Compilation compilation)
    {
        var attribute = compilation.Assembly.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == KnownTypes.JwtAuthorizer);
        if (attribute is null || attribute.ConstructorArguments.Length != 2 || attribute.ConstructorArguments[0].Value is not string issuer)
        {
            return null;
        }

        var audiences = attribute.ConstructorArguments[1].Kind == TypedConstantKind.Array
            ? attribute.ConstructorArguments[1].Values.Select(v => v.Value as string ?? string.Empty).ToEquatable()
            : new EquatableArray<string>([]);
        return new JwtAuthorizerModel(issuer, audiences, LocationInfo.From(attribute.ApplicationSyntaxReference));
    }

    /// <summary>ServerlessServiceName, else the project name kebab-cased: the stack name in every IaC format.</summary>
    private static (string Name, string? Problem) ServiceName(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options, string? assemblyName)
    {
        if (options.TryGetValue("build_property.ServerlessServiceName", out var configured) && !string.IsNullOrWhiteSpace(configured))
        {
            return NameRules.IsServiceName(configured)
                ? (configured, null)
                : (NameRules.ServiceNameFrom(configured), $"ServerlessServiceName '{configured}' must be lowercase letters, digits and '-', starting with a letter (at most 40)");
        }

        var project = options.TryGetValue("build_property.MSBuildProjectName", out var p) && !string.IsNullOrWhiteSpace(p) ? p : assemblyName ?? "service";
        return (NameRules.ServiceNameFrom(project), null);
    }
}
