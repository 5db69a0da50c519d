namespace ServerlessSdk.Cli.Projects;

/// <summary>What the tool needs from a project, as MSBuild evaluated it (no path is guessed).</summary>
/// <param name="ProjectPath">The project file, absolute.</param>
/// <param name="Name">MSBuildProjectName: the function name when the project has no manifest.</param>
/// <param name="Configuration">The configuration evaluated.</param>
/// <param name="RuntimeIdentifier">The RID evaluated (linux-x64 for Native AOT), or null for the JIT build.</param>
/// <param name="TargetPath">The built assembly.</param>
/// <param name="TargetDir">Its folder, where a build writes serverless-report.json.</param>
/// <param name="TargetName">The executable's name, e.g. bootstrap.</param>
/// <param name="PublishDir">Where <c>dotnet publish</c> puts the executable.</param>
/// <param name="PackageOutputPath">ServerlessPackageOutputPath when set: where publish writes the zip and its report.</param>
/// <param name="StartupEvent">ServerlessStartupEvent as set (relative to the project), or null: the project's own sample event.</param>
/// <param name="IsExecutable">OutputType is Exe, and the project is neither a .NET tool nor a test project.</param>
/// <param name="UsesServerlessSdk">References ServerlessSdk.Runtime, ServerlessSdk.Build or ServerlessSdk.Functions.</param>
/// <param name="Platform">ServerlessPlatform: <c>aws</c> (default) or <c>azure</c>, run through the local Functions host.</param>
/// <param name="AzureAppFolder">An Azure project's app folder (ServerlessAzureAppPath, default functionapp/): host.json and the function folders.</param>
internal sealed record EvaluatedProject(
    string ProjectPath,
    string Name,
    string Configuration,
    string? RuntimeIdentifier,
    string TargetPath,
    string TargetDir,
    string TargetName,
    string PublishDir,
    string? PackageOutputPath,
    string? StartupEvent,
    bool IsExecutable,
    bool UsesServerlessSdk,
    string Platform = "aws",
    string? AzureAppFolder = null)
{
    /// <summary>True for <c>ServerlessPlatform=azure</c>.</summary>
    public bool IsAzure => string.Equals(Platform, "azure", StringComparison.OrdinalIgnoreCase);

    public string ProjectDirectory => Path.GetDirectoryName(ProjectPath)!;

    /// <summary>The Native AOT executable a publish for <see cref="RuntimeIdentifier"/> produces.</summary>
    public string PublishedExecutable => Path.Combine(PublishDir, TargetName);

    /// <summary>Where publish writes its report: beside the zip.</summary>
    public string PublishReportFolder => PackageOutputPath ?? TargetDir;

    public bool IsFunction => IsExecutable && UsesServerlessSdk;
}
