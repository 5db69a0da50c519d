namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// The repository's samples/ folder copied into a temporary folder and built the way its README says, as user
/// projects: their PackageReferences restore <see cref="Feed"/>'s freshly packed packages (its NuGet.Config
/// replaces the samples' own, which points at build/pack.sh's feed), so the build loads the packed task assembly
/// from NuGet's cache, never one the repository is rebuilding.
/// </summary>
public sealed class SampleCopies : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-samples-").FullName;

    public SampleCopies(LocalFeed feed)
    {
        Feed = feed;
        var source = Path.Combine(Repository.Root, "samples");
        Folder = Path.Combine(_root, "samples");
        Copy(source, Folder);
        IsolatedWorkspace.Prepare(Folder, feed, emptyDirectoryFiles: false);
    }

    public LocalFeed Feed { get; }

    /// <summary>The copy of samples/: its Directory.Build.* files and one folder per sample.</summary>
    public string Folder { get; }

    public string ProjectDirectory(string sample) => Path.Combine(Folder, sample);

    /// <summary><c>dotnet build -c Release</c> of one sample, against the feed's version (with <see cref="LoadTolerantBudgets"/>).</summary>
    public DotnetResult Build(string sample) =>
        Dotnet.Run(ProjectDirectory(sample), ["build", "-c", "Release", "-nologo", $"-p:ServerlessSdkVersion={Feed.Version}", .. LoadTolerantBudgets.Arguments]);

    /// <summary><c>dotnet publish -c Release -r &lt;rid&gt;</c> of one sample, against the feed's version (with <see cref="LoadTolerantBudgets"/>).</summary>
    public DotnetResult Publish(string sample, string runtimeIdentifier, params string[] extra) =>
        Dotnet.Run(ProjectDirectory(sample), ["publish", "-c", "Release", "-r", runtimeIdentifier, "-nologo", $"-p:ServerlessSdkVersion={Feed.Version}", .. LoadTolerantBudgets.Arguments, .. extra]);

    /// <summary>Where <c>dotnet publish -c Release -r &lt;rid&gt;</c> leaves the zip, the reports and publish/.</summary>
    public string OutputDirectory(string sample, string runtimeIdentifier) =>
        Path.Combine(ProjectDirectory(sample), "bin", "Release", "net10.0", runtimeIdentifier);

    /// <summary>The files the build wrote to the sample's infra/, by name; none when it wrote no folder.</summary>
    public IReadOnlyDictionary<string, string> Infrastructure(string sample)
    {
        var infra = Path.Combine(ProjectDirectory(sample), "infra");
        return Directory.Exists(infra)
            ? Directory.GetFiles(infra).ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal)
            : new Dictionary<string, string>();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The sources only: a developer's bin/, obj/ or generated infra/ in the checkout must not leak in.</summary>
    private static void Copy(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(directory);
            if (name is not ("bin" or "obj" or "infra"))
            {
                Copy(directory, Path.Combine(destination, name));
            }
        }
    }
}
