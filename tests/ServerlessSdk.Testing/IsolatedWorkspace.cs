namespace ServerlessSdk.Testing;

/// <summary>
/// Makes a folder a workspace this repository's build settings cannot reach: the repository's pinned global.json,
/// empty (or given) Directory.Build.* and Directory.Packages.props so nothing above leaks in, and optionally a
/// NuGet.Config that restores from a local feed first. One place, so every test's temporary projects agree.
/// </summary>
public static class IsolatedWorkspace
{
    public const string EmptyProject = "<Project />";

    /// <param name="folder">The folder that will hold the projects (created if missing).</param>
    /// <param name="feed">The feed to restore from; null writes no NuGet.Config (projects reference no packages).</param>
    /// <param name="directoryBuildProps">Directory.Build.props, for settings a project file cannot make (artifacts output).</param>
    /// <param name="emptyDirectoryFiles">False keeps Directory.* files that are already there (a copied samples/ folder).</param>
    public static string Prepare(string folder, LocalFeed? feed = null, string directoryBuildProps = EmptyProject, bool emptyDirectoryFiles = true)
    {
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Repository.Root, "global.json"), Path.Combine(folder, "global.json"), overwrite: true);
        if (emptyDirectoryFiles)
        {
            File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), directoryBuildProps);
            File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), EmptyProject);
            File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), EmptyProject);
        }

        if (feed is not null)
        {
            File.WriteAllText(Path.Combine(folder, "NuGet.Config"), feed.NuGetConfig);
        }

        return folder;
    }
}
