using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

[Collection(LocalFeedCollection.Name)]
public sealed class TrimWarningTests(LocalFeed feed)
{
    // About the analyzers' warnings, not measurement: without the probe a loaded machine's slow start-up (a probe
    // warning) cannot decide "0 Warning(s)", and no JIT start-up is spent on it.
    private const string NoMeasure = "<ServerlessSkipMeasure>true</ServerlessSkipMeasure>";

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
        using var function = new FunctionProject(feed, "TrimUnsafe", NoMeasure, TrimUnsafeProgram);

        var result = function.Build().ShouldFail();

        Assert.Contains("error IL2057", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ServerlessAllowTrimWarnings_keeps_trim_warnings_as_warnings()
    {
        using var function = new FunctionProject(feed, "TrimAllowed", NoMeasure, TrimUnsafeProgram);

        var result = function.Build("-p:ServerlessAllowTrimWarnings=true").ShouldSucceed();

        Assert.Contains("warning IL2057", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trim_safe_function_builds_without_warnings()
    {
        using var function = new FunctionProject(feed, "TrimSafe", NoMeasure);

        var result = function.Build().ShouldSucceed();

        Assert.Contains("0 Warning(s)", result.Output, StringComparison.Ordinal);
    }
}
