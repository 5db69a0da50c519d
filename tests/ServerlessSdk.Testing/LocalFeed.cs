namespace ServerlessSdk.Testing;

/// <summary>
/// This repository's packages, packed once per test run into a folder feed with a version no earlier run used,
/// so NuGet's global cache can never hand a test a stale copy. Built under the feed's own artifacts path: other
/// test assemblies build the same projects in parallel, and two builds writing one obj/ folder race.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    /// <summary>What a function project references: the runtime (and its Serilog integration), the declarations and their generator, the build package.</summary>
    public static readonly string[] FunctionPackages = ["src/ServerlessSdk.Runtime", "src/ServerlessSdk.Runtime.Serilog", "src/ServerlessSdk.Functions", "src/ServerlessSdk.Build"];

    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-feed-").FullName;

    /// <summary>The function packages; the one public constructor, as an xunit fixture needs.</summary>
    public LocalFeed()
        : this(FunctionPackages)
    {
    }

    private LocalFeed(IEnumerable<string> projects)
    {
        Folder = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        var artifacts = Path.Combine(_root, "build");
        foreach (var project in projects)
        {
            Dotnet.Run(Repository.Root, "pack", project, "-c", "Release", "-o", Folder, "--artifacts-path", artifacts, $"-p:Version={Version}").ShouldSucceed();
        }
    }

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
}
