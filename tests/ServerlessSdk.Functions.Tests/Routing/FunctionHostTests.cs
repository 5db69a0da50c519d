using ServerlessSdk.Functions.Hosting;

namespace ServerlessSdk.Functions.Tests.Routing;

/// <summary>Environment variables are process-wide: these tests run one at a time.</summary>
[Collection(nameof(FunctionHostTests))]
[CollectionDefinition(nameof(FunctionHostTests), DisableParallelization = true)]
public sealed class FunctionHostTests
{
    [Theory]
    [InlineData(null, null, new[] { "Only" }, "Only")]
    [InlineData(null, null, new[] { "A", "B" }, null)]
    [InlineData("B", null, new[] { "A", "B" }, "B")]
    [InlineData("C", null, new[] { "A", "B" }, null)]
    [InlineData(null, "A", new[] { "A", "B" }, "A")]
    [InlineData(null, "bootstrap", new[] { "A", "B" }, null)]
    public void Selects_the_function_from_the_environment(string? function, string? handler, string[] names, string? expected)
    {
        Environment.SetEnvironmentVariable(FunctionHost.FunctionVariable, function);
        Environment.SetEnvironmentVariable("_HANDLER", handler);
        try
        {
            Assert.Equal(expected, FunctionHost.Select(names));
        }
        finally
        {
            Environment.SetEnvironmentVariable(FunctionHost.FunctionVariable, null);
            Environment.SetEnvironmentVariable("_HANDLER", null);
        }
    }

    [Fact]
    public async Task WithStartup_runs_the_existing_hook_first()
    {
        var order = new List<string>();
        var options = new Runtime.LambdaRuntimeOptions { Startup = () => { order.Add("user"); return ValueTask.CompletedTask; } };

        await FunctionHost.WithStartup(options, () => order.Add("handlers")).Startup!();

        Assert.Equal(["user", "handlers"], order);
    }
}
