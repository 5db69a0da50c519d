namespace ServerlessSdk.Tooling.Reports;

/// <summary>A file a host should write, with <see cref="FileWriter.WriteIfChanged"/>.</summary>
/// <param name="Path">Where to write it.</param>
/// <param name="Content">What to write.</param>
public sealed record GeneratedFile(string Path, string Content);
