using System.Collections.Concurrent;

namespace ServerlessSdk.Testing;

/// <summary>
/// Once per test run: the SDK packages and the template pack in a <see cref="LocalFeed"/>, and the template pack
/// installed into a private template cache (<c>--debug:custom-hive</c>), so neither NuGet's global cache nor the
/// user's templates are involved. Projects are generated under <see cref="WorkFolder"/>, an
/// <see cref="IsolatedWorkspace"/> restoring from the feed.
/// </summary>
public sealed class TemplatePack : IDisposable
{
    public static readonly string[] Packages = [.. LocalFeed.FunctionPackages, "templates"];

    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-templates-").FullName;
    private readonly LocalFeed _feed = LocalFeed.Of(Packages);
    private readonly ConcurrentDictionary<string, Lazy<GeneratedProject>> _shared = new(StringComparer.Ordinal);
    private int _count;

    public TemplatePack()
    {
        Hive = Path.Combine(_root, "hive");
        WorkFolder = IsolatedWorkspace.Prepare(Path.Combine(_root, "work"), _feed);
        NewTemplate("install", TemplatesPackage).ShouldSucceed();
    }

    public string Version => _feed.Version;

    public string Feed => _feed.Folder;

    public string Hive { get; }

    public string WorkFolder { get; }

    public string TemplatesPackage => PackagePath("templates");

    /// <inheritdoc cref="LocalFeed.PackagePath"/>
    public string PackagePath(string project) => _feed.PackagePath(project);

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

    /// <summary>
    /// <see cref="Create"/> once per test run for each template, name and options, the same folder for every caller:
    /// for tests that only read or evaluate what dotnet new wrote, never build, restore or change it (each
    /// <c>dotnet new</c> takes seconds, and the content tests would otherwise scaffold the same project dozens of times).
    /// </summary>
    public GeneratedProject Shared(string template, string name, params string[] options) =>
        _shared.GetOrAdd(string.Join('\0', [template, name, .. options]), _ => new Lazy<GeneratedProject>(() => Create(template, name, options))).Value;

    public void Dispose()
    {
        _feed.Dispose();
        Directory.Delete(_root, recursive: true);
    }
}
