namespace ServerlessSdk.Tooling.Measurement;

/// <summary>One file of a measured package.</summary>
/// <param name="Path">Its path inside the zip: relative, forward slashes.</param>
/// <param name="Bytes">Its size on disk.</param>
/// <param name="ZippedBytes">Its compressed size inside the zip, headers excluded.</param>
public sealed record PackageFile(string Path, long Bytes, long ZippedBytes);
