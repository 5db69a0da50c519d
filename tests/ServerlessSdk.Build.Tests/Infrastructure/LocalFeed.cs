namespace ServerlessSdk.Build.Tests.Infrastructure;

/// <summary>
/// This repository's packages, packed once per test run into a folder feed with a version no earlier run used,
/// so NuGet's global cache can never hand a test a stale copy.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    private static readonly string[] Packages = ["src/ServerlessSdk.Runtime", "src/ServerlessSdk.Functions", "src/ServerlessSdk.Build"];

    public LocalFeed()
    {
        Folder = Directory.CreateTempSubdirectory("serverlesssdk-feed-").FullName;
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        foreach (var project in Packages)
        {
            Dotnet.Run(Repository.Root, "pack", project, "-c", "Release", "-o", Folder, $"-p:Version={Version}").ShouldSucceed();
        }
    }

    public string Folder { get; }

    public string Version { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class LocalFeedCollection : ICollectionFixture<LocalFeed>
{
    public const string Name = "local feed";
}
