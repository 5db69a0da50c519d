namespace ServerlessSdk.Tooling.Zip;

/// <summary>The sizes and entries of an existing zip, for the Lambda limit checks.</summary>
/// <param name="ArchiveBytes">The zip file's own size: what Lambda's 50 MB upload limit measures.</param>
/// <param name="CompressedBytes">The sum of the entries' compressed sizes (headers excluded).</param>
/// <param name="UncompressedBytes">The sum of the entries' unzipped sizes: what Lambda's 250 MB limit measures.</param>
/// <param name="Entries">The entries in central-directory order.</param>
public sealed record LambdaZipInfo(long ArchiveBytes, long CompressedBytes, long UncompressedBytes, IReadOnlyList<LambdaZipEntryInfo> Entries);
