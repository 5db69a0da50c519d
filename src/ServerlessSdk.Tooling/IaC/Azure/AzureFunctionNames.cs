using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.IaC.Azure;

/// <summary>
/// An Azure function has exactly one trigger (one function.json), a manifest function any number: each trigger
/// becomes its own Azure function, named after the C# function, with <c>_2</c>, <c>_3</c>, … from its second
/// trigger on. The name is the folder and, for non-HTTP triggers, the path the host POSTs to.
/// </summary>
public static class AzureFunctionNames
{
    /// <summary>Every (Azure function name, declaring function, trigger), in manifest order.</summary>
    public static IReadOnlyList<(string Name, FunctionDeclaration Function, Trigger Trigger)> All(ServiceManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return [.. manifest.Functions.SelectMany(f => f.Triggers.Select((t, i) => (i == 0 ? f.Name : $"{f.Name}_{i + 1}", f, t)))];
    }
}
