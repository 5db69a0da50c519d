using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>The functions a built project declares (docs/function-manifest.md), read from its assembly.</summary>
internal sealed class FunctionCatalog
{
    private FunctionCatalog(ServiceManifest? manifest, IReadOnlyList<LocalFunction> functions)
    {
        Manifest = manifest;
        Functions = functions;
    }

    /// <summary>The manifest, or null when the project declares none (then it is one function).</summary>
    public ServiceManifest? Manifest { get; }

    public IReadOnlyList<LocalFunction> Functions { get; }

    /// <summary>Reads the manifest from <paramref name="assemblyPath"/>; without one the project is one function named <paramref name="projectName"/>.</summary>
    public static FunctionCatalog Load(string assemblyPath, string projectName)
    {
        try
        {
            return From(ServiceManifestReader.FromAssembly(assemblyPath), projectName);
        }
        catch (ManifestFormatException ex)
        {
            throw ToolException.Error(DiagnosticCodes.ManifestUnreadable, $"The function manifest cannot be read: {ex.Message}", assemblyPath);
        }
    }

    public static FunctionCatalog From(ServiceManifest? manifest, string projectName) => manifest is { Functions.Count: > 0 }
        ? new FunctionCatalog(manifest, [.. manifest.Functions.Select(f => new LocalFunction(f.Name, f))])
        : new FunctionCatalog(null, [new LocalFunction(projectName, null)]);

    /// <summary>The same functions, each given what it needs of <paramref name="tables"/> (its tables' names, the endpoint).</summary>
    public FunctionCatalog With(LocalDynamoDb tables) => Manifest is null
        ? this
        : new FunctionCatalog(Manifest, [.. Functions.Select(f => f.Declaration is null ? f : f with { LocalResources = tables.EnvironmentFor(Manifest, f.Declaration) })]);

    /// <summary>The function named <paramref name="name"/> (case-insensitive), or the only one when no name is given.</summary>
    public LocalFunction Resolve(string? name)
    {
        var names = string.Join(", ", Functions.Select(f => f.Name));
        if (string.IsNullOrEmpty(name))
        {
            return Functions.Count == 1
                ? Functions[0]
                : throw ToolException.Error(DiagnosticCodes.FunctionNotChosen, $"The project declares several functions ({names}); choose one with --function.");
        }

        return Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw ToolException.Error(DiagnosticCodes.FunctionNotFound, $"The project declares no function named '{name}'; it has {names}.");
    }
}
