namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>
/// A private copy of tests/ServerlessSdk.Cli.SampleFunction in a temporary folder, compiled against the runtime
/// assemblies beside this test, with empty Directory.Build files and the repository's global.json, so its builds
/// race nothing in the repository.
/// </summary>
public sealed class SampleCopy : ProjectCopy
{
    public const string ProjectName = "SampleFunction";

    public SampleCopy()
        : base("serverlesssdk-cli-", ProjectName)
    {
        CopySources("ServerlessSdk.Cli.SampleFunction");
        WriteProject("bootstrap");
    }

    /// <summary>Replaces the Items function's version and rebuilds (what a developer does while start-api runs).</summary>
    public void SetVersion(string version)
    {
        var file = Path.Combine(ProjectDirectory, "Release.cs");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"v1\"", $"\"{version}\"", StringComparison.Ordinal));
    }
}

/// <summary>One built copy shared by the tests that do not change it.</summary>
public sealed class BuiltSample : IDisposable
{
    public BuiltSample()
    {
        Copy = new SampleCopy();
        Copy.Build();
    }

    public SampleCopy Copy { get; }

    public void Dispose() => Copy.Dispose();
}

[CollectionDefinition(Name)]
public sealed class BuiltSampleCollection : ICollectionFixture<BuiltSample>
{
    public const string Name = "built sample";
}
