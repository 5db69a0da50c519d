using System.Diagnostics;

namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>
/// A private copy of tests/ServerlessSdk.Cli.SampleFunction in a temporary folder, compiled against the runtime
/// assemblies beside this test, with empty Directory.Build files and the repository's global.json, so its builds
/// race nothing in the repository.
/// </summary>
public sealed class SampleCopy : IDisposable
{
    public const string ProjectName = "SampleFunction";

    private readonly string _root;

    public SampleCopy()
    {
        _root = Directory.CreateTempSubdirectory("serverlesssdk-cli-").FullName;
        ProjectDirectory = Path.Combine(_root, ProjectName);
        Directory.CreateDirectory(ProjectDirectory);
        var source = Path.Combine(Repository.Root, "tests", "ServerlessSdk.Cli.SampleFunction");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs"))
        {
            File.Copy(file, Path.Combine(ProjectDirectory, Path.GetFileName(file)));
        }

        IsolatedWorkspace.Prepare(_root);

        var bin = AppContext.BaseDirectory;
        File.WriteAllText(ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <AssemblyName>bootstrap</AssemblyName>
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="ServerlessSdk.Runtime" HintPath="{Path.Combine(bin, "ServerlessSdk.Runtime.dll")}" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary>The folder above the project: what a solution root is to a template's function.</summary>
    public string Root => _root;

    public string ProjectDirectory { get; }

    public string ProjectPath => Path.Combine(ProjectDirectory, ProjectName + ".csproj");

    /// <summary>Replaces the Items function's version and rebuilds (what a developer does while start-api runs).</summary>
    public void SetVersion(string version)
    {
        var file = Path.Combine(ProjectDirectory, "Release.cs");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"v1\"", $"\"{version}\"", StringComparison.Ordinal));
    }

    public void Build()
    {
        var start = new ProcessStartInfo("dotnet", ["build", ProjectPath, "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Tool.Isolate(start);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"building the sample failed:\n{output}\n{error.Result}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A function process may still be letting go of its folder; the temp folder is cleaned eventually.
        }
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
