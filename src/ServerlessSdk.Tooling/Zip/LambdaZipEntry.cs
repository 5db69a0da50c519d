namespace ServerlessSdk.Tooling.Zip;

/// <summary>One file to put in a Lambda zip.</summary>
/// <param name="SourcePath">The file on disk.</param>
/// <param name="PathInZip">Its path inside the zip, relative, with forward slashes (backslashes are converted).</param>
/// <param name="IsExecutable">Whether it gets mode 0755 rather than 0644.</param>
public sealed record LambdaZipEntry(string SourcePath, string PathInZip, bool IsExecutable);
