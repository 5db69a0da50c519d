using ServerlessSdk.Tooling.IaC;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Tests.IaC;

/// <summary>Emits into memory-like temp folders and reads the results back.</summary>
internal static class EmitHelper
{
    public static IReadOnlyList<string> AllFormats { get; } = IaCFormats.All;

    public static IaCEmitResult Emit(string folder, ServiceManifest manifest, IaCSettings? settings = null, bool overwrite = false, IReadOnlyCollection<string>? formats = null) =>
        IaCEmitter.Emit(manifest, settings ?? IaCFixtures.Settings(), folder, formats ?? AllFormats, overwrite);

    /// <summary>Every emitted file by name.</summary>
    public static Dictionary<string, string> Files(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

    public static string[] Codes(IaCEmitResult result) => [.. result.Diagnostics.Select(d => d.Code)];
}
