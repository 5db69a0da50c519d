namespace ServerlessSdk.Build.Tests.Infrastructure;

/// <summary>
/// A temporary function project that references the freshly packed packages, isolated from this repository's
/// build settings: its own NuGet.Config (the local feed first), the repository's pinned global.json, and
/// empty Directory.Build.* files so nothing above it leaks in.
/// </summary>
internal sealed class FunctionProject : IDisposable
{
    public const string DefaultProgram = """
        using ServerlessSdk.Runtime;

        var reply = "{\"statusCode\":200,\"body\":\"hello\"}"u8.ToArray();
        return await LambdaRuntime.RunAsync((payload, context) => ValueTask.FromResult<ReadOnlyMemory<byte>>(reply));
        """;

    /// <summary>
    /// Properties for a framework-dependent publish, which packages in seconds instead of a Native AOT compile's
    /// minutes: for tests of where the zip goes and whether it is written, not of what is in it.
    /// </summary>
    public const string QuickPublish = "<PublishAot>false</PublishAot><SelfContained>false</SelfContained>";

    private readonly string _root;

    /// <param name="feed">The packed packages to reference.</param>
    /// <param name="name">The project's name and folder.</param>
    /// <param name="extraProperties">Property elements added to the project's PropertyGroup.</param>
    /// <param name="program">Program.cs; a hello-world function by default.</param>
    /// <param name="multiTargeting">Declare the framework as <c>TargetFrameworks</c> (one entry), which adds an outer build.</param>
    /// <param name="directoryBuildProps">The workspace's Directory.Build.props, for settings a project file cannot make (artifacts output).</param>
    public FunctionProject(
        LocalFeed feed, string name = "Fn", string extraProperties = "", string? program = null, bool multiTargeting = false, string directoryBuildProps = IsolatedWorkspace.EmptyProject)
    {
        _root = Directory.CreateTempSubdirectory("serverlesssdk-fn-").FullName;
        Name = name;
        ProjectDirectory = Path.Combine(_root, name);
        Directory.CreateDirectory(ProjectDirectory);
        IsolatedWorkspace.Prepare(_root, feed, directoryBuildProps);
        var framework = multiTargeting ? "<TargetFrameworks>net10.0</TargetFrameworks>" : "<TargetFramework>net10.0</TargetFramework>";
        File.WriteAllText(Path.Combine(ProjectDirectory, $"{name}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                {framework}
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <AssemblyName>bootstrap</AssemblyName>
                <PublishAot>true</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ServerlessSdk.Runtime" Version="{feed.Version}" />
                <PackageReference Include="ServerlessSdk.Functions" Version="{feed.Version}" />
                <PackageReference Include="ServerlessSdk.Build" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(ProjectDirectory, "Program.cs"), program ?? DefaultProgram);
    }

    public string Name { get; }

    /// <summary>The folder that holds the project folder, global.json and the Directory.* files.</summary>
    public string Root => _root;

    public string ProjectDirectory { get; }

    public string OutputDirectory(string rid = "linux-x64") => Path.Combine(ProjectDirectory, "bin", "Release", "net10.0", rid);

    public string IaCDirectory => Path.Combine(ProjectDirectory, "infra");

    public string ZipPath(string architecture = "x86_64", string rid = "linux-x64") => Path.Combine(OutputDirectory(rid), $"{Name}-{architecture}.zip");

    public DotnetResult Build(params string[] extraArguments) =>
        Dotnet.Run(ProjectDirectory, ["build", "-c", "Release", .. extraArguments]);

    public DotnetResult Build(IDictionary<string, string> environment, params string[] extraArguments) =>
        Dotnet.Run(ProjectDirectory, environment, ["build", "-c", "Release", .. extraArguments]);

    /// <summary>Where a plain build writes its output and reports.</summary>
    public string BuildOutputDirectory => Path.Combine(ProjectDirectory, "bin", "Release", "net10.0");

    public DotnetResult Publish(params string[] extraArguments) => PublishFor("linux-x64", extraArguments);

    public DotnetResult PublishFor(string rid, params string[] extraArguments) =>
        Dotnet.Run(ProjectDirectory, ["publish", "-c", "Release", "-r", rid, .. extraArguments]);

    public void Clean()
    {
        Directory.Delete(Path.Combine(ProjectDirectory, "bin"), recursive: true);
        Directory.Delete(Path.Combine(ProjectDirectory, "obj"), recursive: true);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
