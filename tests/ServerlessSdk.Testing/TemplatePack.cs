namespace ServerlessSdk.Testing;

/// <summary>
/// Once per test run: the SDK packages and the template pack, packed with one version no earlier run used into a
/// folder feed, and the template pack installed into a private template cache (<c>--debug:custom-hive</c>), so
/// neither NuGet's global cache nor the user's templates are involved. Projects are generated under
/// <see cref="WorkFolder"/>, whose NuGet.Config, global.json and empty Directory.Build.* isolate them.
/// </summary>
public sealed class TemplatePack : IDisposable
{
    public static readonly string[] Packages = ["src/ServerlessSdk.Runtime", "src/ServerlessSdk.Runtime.Serilog", "src/ServerlessSdk.Functions", "src/ServerlessSdk.Build", "templates"];

    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-templates-").FullName;
    private int _count;

    public TemplatePack()
    {
        Version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        Feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        Hive = Path.Combine(_root, "hive");
        WorkFolder = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
        // Built under this run's own artifacts path: other test assemblies build the same projects in parallel,
        // and two builds writing one obj/ folder race.
        var artifacts = Path.Combine(_root, "build");
        foreach (var project in Packages)
        {
            Dotnet.Run(Repository.Root, "pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", artifacts, $"-p:Version={Version}").ShouldSucceed();
        }

        NewTemplate("install", TemplatesPackage).ShouldSucceed();
        File.Copy(Path.Combine(Repository.Root, "global.json"), Path.Combine(WorkFolder, "global.json"));
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(WorkFolder, file), "<Project />");
        }

        File.WriteAllText(Path.Combine(WorkFolder, "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
    }

    public string Version { get; }

    public string Feed { get; }

    public string Hive { get; }

    public string WorkFolder { get; }

    public string TemplatesPackage => Path.Combine(Feed, $"ServerlessSdk.Templates.{Version}.nupkg");

    /// <summary><c>dotnet new &lt;arguments&gt;</c> against the private template cache.</summary>
    public DotnetResult NewTemplate(params string[] arguments) =>
        Dotnet.Run(WorkFolder, ["new", .. arguments, "--debug:custom-hive", Hive]);

    /// <summary>Generates <paramref name="template"/> as <paramref name="name"/> into a fresh folder; fails the test if dotnet new does.</summary>
    public GeneratedProject Create(string template, string name, params string[] options)
    {
        var output = Path.Combine(WorkFolder, $"{Interlocked.Increment(ref _count)}-{template}");
        NewTemplate([template, "-n", name, "-o", output, .. options]).ShouldSucceed();
        return new GeneratedProject(output, name);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
