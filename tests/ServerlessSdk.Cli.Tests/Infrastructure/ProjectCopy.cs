namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>
/// A function project in a temporary folder of its own (an isolated workspace: neutral Directory.* files and the
/// repository's global.json), compiled against the assemblies beside this test: the one way these tests get a project
/// for the tool to run, so its builds race nothing in the repository. Each copy says what its project holds.
/// </summary>
public abstract class ProjectCopy : IDisposable
{
    protected ProjectCopy(string prefix, string projectName)
    {
        Root = Directory.CreateTempSubdirectory(prefix).FullName;
        ProjectDirectory = Directory.CreateDirectory(Path.Combine(Root, projectName)).FullName;
        ProjectPath = Path.Combine(ProjectDirectory, projectName + ".csproj");
        IsolatedWorkspace.Prepare(Root);
    }

    /// <summary>The folder above the project: what a solution root is to a template's function.</summary>
    public string Root { get; }

    public string ProjectDirectory { get; }

    public string ProjectPath { get; }

    /// <summary>Builds the project; a failed build fails the test with its output.</summary>
    public void Build()
    {
        var result = Tool.Run(Tool.StartInfo("dotnet", ["build", ProjectPath, "-nologo"], Root), stdin: null, TimeSpan.FromMinutes(10));
        Assert.True(result.ExitCode == 0, $"building {Path.GetFileName(ProjectPath)} failed:\n{result.Output}\n{result.Error}");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A function process may still be letting go of its folder; the temp folder is cleaned eventually.
        }
    }

    /// <summary>Copies the C# files of the test project <c>tests/<paramref name="testProject"/></c>.</summary>
    protected void CopySources(string testProject)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests", testProject), "*.cs"))
        {
            File.Copy(file, Path.Combine(ProjectDirectory, Path.GetFileName(file)));
        }
    }

    /// <summary>
    /// Writes the project file: an executable named <paramref name="assemblyName"/> that references the runtime beside
    /// this test, with <paramref name="properties"/> and <paramref name="items"/> (MSBuild XML) added.
    /// </summary>
    protected void WriteProject(string assemblyName, string properties = "", string items = "") =>
        File.WriteAllText(ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <AssemblyName>{assemblyName}</AssemblyName>
                <InvariantGlobalization>true</InvariantGlobalization>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="ServerlessSdk.Runtime" HintPath="{Path.Combine(AppContext.BaseDirectory, "ServerlessSdk.Runtime.dll")}" />
                {items}
              </ItemGroup>
            </Project>
            """);
}
