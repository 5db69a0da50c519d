using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

[Collection(LocalFeedCollection.Name)]
public sealed class TrimWarningTests(LocalFeed feed)
{
    // Type.GetType with a name known only at run time: IL2057, a type the trimmer cannot keep.
    private const string TrimUnsafeProgram = FunctionProject.DefaultProgram + """

        static class Plugins
        {
            public static object Load(string name) => Type.GetType(name)!.GetMethods();
        }
        """;

    [Fact]
    public void A_trim_warning_fails_the_build()
    {
        using var function = new FunctionProject(feed, "TrimUnsafe", program: TrimUnsafeProgram);

        var result = function.Build().ShouldFail();

        Assert.Contains("error IL2057", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ServerlessAllowTrimWarnings_keeps_trim_warnings_as_warnings()
    {
        using var function = new FunctionProject(feed, "TrimAllowed", program: TrimUnsafeProgram);

        var result = function.Build("-p:ServerlessAllowTrimWarnings=true").ShouldSucceed();

        Assert.Contains("warning IL2057", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trim_safe_function_builds_without_warnings()
    {
        using var function = new FunctionProject(feed, "TrimSafe");

        var result = function.Build().ShouldSucceed();

        Assert.Contains("0 Warning(s)", result.Output, StringComparison.Ordinal);
    }
}
