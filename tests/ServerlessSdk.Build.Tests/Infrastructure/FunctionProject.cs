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

    private readonly string _root;

    public FunctionProject(LocalFeed feed, string name = "Fn", string extraProperties = "", string? program = null)
    {
        _root = Directory.CreateTempSubdirectory("serverlesssdk-fn-").FullName;
        Name = name;
        ProjectDirectory = Path.Combine(_root, name);
        Directory.CreateDirectory(ProjectDirectory);
        File.Copy(Path.Combine(Repository.Root, "global.json"), Path.Combine(_root, "global.json"));
        File.WriteAllText(Path.Combine(_root, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(_root, "NuGet.Config"), feed.NuGetConfig);
        File.WriteAllText(Path.Combine(ProjectDirectory, $"{name}.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
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
