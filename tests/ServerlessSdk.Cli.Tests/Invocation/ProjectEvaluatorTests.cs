using ServerlessSdk.Cli.Projects;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Invocation;

/// <summary>Evaluation in this process, through the locator, as the tool does it (no build needed).</summary>
public sealed class ProjectEvaluatorTests
{
    [Fact]
    public void The_paths_come_from_MSBuild_as_full_paths_with_forward_slashes()
    {
        using var copy = new SampleCopy();

        var jit = ProjectEvaluator.Evaluate(copy.ProjectPath, "Debug");
        var aot = ProjectEvaluator.Evaluate(copy.ProjectPath, "Release", ProjectBuilder.AotRuntimeIdentifier);

        Assert.Equal(SampleCopy.ProjectName, jit.Name);
        Assert.True(jit.IsFunction);
        Assert.Equal(Path.Combine(copy.ProjectDirectory, "bin", "Debug", "net10.0", "bootstrap.dll"), jit.TargetPath);
        Assert.Equal(Path.Combine(copy.ProjectDirectory, "bin", "Release", "net10.0", "linux-x64", "publish", "bootstrap"), aot.PublishedExecutable);
        Assert.DoesNotContain('\\', aot.PublishDir);
        Assert.Equal(Path.Combine(copy.ProjectDirectory, "bin", "Release", "net10.0", "linux-x64") + "/", aot.PublishReportFolder);
    }
}
