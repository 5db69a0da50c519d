namespace ServerlessSdk.Tooling.Measurement;

/// <summary>What a function's package weighs, measured by <see cref="PackageSizeAnalyzer"/>.</summary>
/// <param name="TotalBytes">The payload files' sizes added up: what the function unzips to.</param>
/// <param name="ZippedBytes">
/// The length of the zip <see cref="Zip.DeterministicZip"/> writes for these files: what Lambda's upload limit
/// and <c>ServerlessPackageSizeBudget</c> measure.
/// </param>
/// <param name="FileCount">How many files the package holds.</param>
/// <param name="LargestFiles">The largest files by unzipped size, largest first (ties by path), at most ten.</param>
public sealed record PackageSize(long TotalBytes, long ZippedBytes, int FileCount, IReadOnlyList<PackageFile> LargestFiles);
