using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>invoke and start-api find the one function project from a folder, a .sln or a .slnx, as report does.</summary>
[Collection(BuiltSampleCollection.Name)]
public sealed class ProjectDiscoveryTests(BuiltSample sample)
{
    [Fact]
    public void Invoke_at_the_solution_root_finds_the_function_project_below()
    {
        var result = Tool.Run(sample.Copy.Root, "invoke", "-f", "Items", "--no-build").ShouldExitWith(0);

        Assert.Contains("Items: response in", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_with_a_slnx_as_project_invokes_its_function_project()
    {
        var solution = Path.Combine(sample.Copy.Root, "Discovery.slnx");
        File.WriteAllText(solution, $"""
            <Solution>
              <Project Path="{SampleCopy.ProjectName}/{SampleCopy.ProjectName}.csproj" />
            </Solution>
            """);
        try
        {
            Tool.Run(sample.Copy.Root, "invoke", "--project", solution, "-f", "Items", "--no-build").ShouldExitWith(0);
        }
        finally
        {
            File.Delete(solution);
        }
    }

    [Fact]
    public void Several_function_projects_below_the_folder_is_SLS6102_naming_them()
    {
        using var copy = new SampleCopy();
        var second = Directory.CreateDirectory(Path.Combine(copy.Root, "Second")).FullName;
        foreach (var file in Directory.EnumerateFiles(copy.ProjectDirectory))
        {
            File.Copy(file, Path.Combine(second, Path.GetFileName(file)));
        }

        var result = Tool.Run(copy.Root, "invoke", "--no-build").ShouldExitWith(2);

        Assert.Contains("SLS6102", result.Codes);
        Assert.Contains(Path.Combine("Second", SampleCopy.ProjectName + ".csproj"), result.Error, StringComparison.Ordinal);
    }
}
