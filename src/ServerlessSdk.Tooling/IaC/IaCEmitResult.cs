using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.IaC;

/// <summary>What <see cref="IaCEmitter.Emit"/> did.</summary>
/// <param name="Written">Full paths of files created or rewritten.</param>
/// <param name="Unchanged">Full paths of files that already had the generated content (left untouched, timestamps kept).</param>
/// <param name="Diagnostics">Errors and warnings; with any error some or all files were not written.</param>
public sealed record IaCEmitResult(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<ServerlessDiagnostic> Diagnostics)
{
    /// <summary>The HTTP routes anyone may call (neither IAM nor JWT), as route keys: for the build output and the report.</summary>
    public IReadOnlyList<string> UnauthenticatedRoutes { get; init; } = [];

    /// <summary>No error was reported.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
