namespace ServerlessSdk.Tooling.Zip;

/// <summary>One entry of an existing zip, as <see cref="LambdaZipReader"/> reads it.</summary>
/// <param name="Path">The entry's full name inside the zip.</param>
/// <param name="CompressedBytes">Its compressed size.</param>
/// <param name="UncompressedBytes">Its size once unzipped.</param>
/// <param name="UnixMode">
/// Its Unix permission bits (e.g. 0755 = 493), or <see langword="null"/> when the zip's "version made by" is not Unix,
/// in which case unzip tools, Lambda included, ignore any mode stored in the external attributes.
/// </param>
public sealed record LambdaZipEntryInfo(string Path, long CompressedBytes, long UncompressedBytes, int? UnixMode)
{
    private const int OwnerExecute = 0b001_000_000; // S_IXUSR, 0100

    /// <summary>Whether the owner may execute it, which is what Lambda needs of <c>bootstrap</c>.</summary>
    public bool IsOwnerExecutable => UnixMode is { } mode && (mode & OwnerExecute) != 0;
}
