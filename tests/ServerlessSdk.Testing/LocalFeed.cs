namespace ServerlessSdk.Testing;

/// <summary>
/// This repository's packages in a folder feed with a version no earlier run used, so NuGet's global cache can never
/// hand a test a stale copy. build/test.sh packs every package once and names the feed in <see cref="FolderVariable"/>
/// and <see cref="VersionVariable"/>, which every test assembly then shares; without them (<c>dotnet test</c> alone)
/// each fixture packs its own, built under the feed's own artifacts path: other test assemblies build the same
/// projects in parallel, and two builds writing one obj/ folder race.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    /// <summary>A feed folder already holding every package (build/test.sh sets it); the fixture then packs nothing.</summary>
    public const string FolderVariable = "SERVERLESS_TEST_FEED";

    /// <summary>The package version in <see cref="FolderVariable"/>.</summary>
    public const string VersionVariable = "SERVERLESS_TEST_FEED_VERSION";

    /// <summary>What a function project references: the runtime (and its Serilog integration), the declarations and their generator, the build package.</summary>
    public static readonly string[] FunctionPackages = ["src/ServerlessSdk.Runtime", "src/ServerlessSdk.Runtime.Serilog", "src/ServerlessSdk.Functions", "src/ServerlessSdk.Build"];

    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-feed-").FullName;

    /// <summary>The function packages; the one public constructor, as an xunit fixture needs.</summary>
    public LocalFeed()
        : this(FunctionPackages)
    {
    }

    private LocalFeed(IReadOnlyCollection<string> projects)
    {
        if (Shared(projects) is var (folder, version))
        {
            Folder = folder;
            Version = version;
            IsShared = true;
            return;
        }

        Folder = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        var artifacts = Path.Combine(_root, "build");
        foreach (var project in projects)
        {
            Dotnet.Run(Repository.Root, "pack", project, "-c", "Release", "-o", Folder, "--artifacts-path", artifacts, $"-p:Version={Version}").ShouldSucceed();
        }
    }

    /// <summary>True when the feed is build/test.sh's: it holds every package, and <see cref="Dispose"/> leaves it.</summary>
    public bool IsShared { get; }

    /// <summary>The nupkg path <paramref name="project"/> (a folder relative to the repository root) packs to in this feed.</summary>
    public string PackagePath(string project) => Path.Combine(Folder, $"{PackageId(project)}.{Version}.nupkg");

    /// <summary>A feed of other projects (paths relative to the repository root), for example the tool or the template pack too.</summary>
    public static LocalFeed Of(params string[] projects) => new(projects);

    public string Folder { get; }

    public string Version { get; }

    /// <summary>A NuGet.Config that restores from this feed first, then nuget.org, and from nothing configured above it.</summary>
    public string NuGetConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{Folder}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The shared feed when both variables are set and it has every project's package; else null (pack here).</summary>
    private static (string Folder, string Version)? Shared(IReadOnlyCollection<string> projects)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        var version = Environment.GetEnvironmentVariable(VersionVariable);
        if (string.IsNullOrEmpty(folder) || string.IsNullOrEmpty(version))
        {
            return null;
        }

        var missing = projects.Where(p => !File.Exists(Path.Combine(folder, $"{PackageId(p)}.{version}.nupkg"))).ToList();
        return missing.Count == 0
            ? (folder, version)
            : throw new InvalidOperationException($"{FolderVariable}={folder} has no {version} package of {string.Join(", ", missing)}; re-run build/test.sh or unset it.");
    }

    /// <summary>Every packable project here is its package: the one project file in the folder names both.</summary>
    private static string PackageId(string project) =>
        Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(Repository.Root, project), "*.csproj").Single());
}
