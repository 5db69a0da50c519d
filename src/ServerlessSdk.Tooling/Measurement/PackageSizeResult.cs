using System.Diagnostics.CodeAnalysis;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>The outcome of <see cref="PackageSizeAnalyzer.Analyze"/>: the sizes, or why they could not be measured.</summary>
/// <param name="Size">The sizes; null when an error diagnostic explains why not.</param>
/// <param name="Diagnostics">Errors about the folder or the payload files; empty on success.</param>
public sealed record PackageSizeResult(PackageSize? Size, IReadOnlyList<ServerlessDiagnostic> Diagnostics)
{
    /// <summary>True when <see cref="Size"/> was measured.</summary>
    [MemberNotNullWhen(true, nameof(Size))]
    public bool Succeeded => Size is not null;
}
