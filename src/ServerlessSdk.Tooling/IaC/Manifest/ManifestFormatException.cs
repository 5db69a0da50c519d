namespace ServerlessSdk.Tooling.IaC.Manifest;

/// <summary>The function manifest is not valid JSON of the documented shape (a generator/tooling version mismatch).</summary>
public sealed class ManifestFormatException(string message, Exception? inner = null) : Exception(message, inner);
