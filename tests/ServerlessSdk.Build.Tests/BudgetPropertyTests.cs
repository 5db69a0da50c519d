using ServerlessSdk.Build.Tests.Infrastructure;

namespace ServerlessSdk.Build.Tests;

/// <summary>
/// The cold start and memory budgets have a property for the build (JIT estimate) and one for the publish (Native
/// AOT bootstrap), so a project sets both without knowing whether the SDK is publishing.
/// </summary>
[Collection(LocalFeedCollection.Name)]
public sealed class BudgetPropertyTests(LocalFeed feed, SettingsCheckProject unbuilt) : IClassFixture<SettingsCheckProject>
{
    [Fact]
    public void A_build_budget_is_checked_on_build()
    {
        using var function = new FunctionProject(feed, "BuildBudget");

        var result = function.Build("-p:ServerlessBuildColdStartBudget=1", "-p:ServerlessBuildMemoryBudget=1", "-p:ServerlessBudgetSeverity=error").ShouldFail();

        Assert.Contains("SLS3010", result.Errors);
        Assert.Contains("SLS3012", result.Errors);
    }

    [Fact]
    public void A_publish_budget_is_not_the_build_budget()
    {
        using var function = new FunctionProject(feed, "PublishBudget");

        var result = function.Build("-p:ServerlessPublishColdStartBudget=1", "-p:ServerlessPublishMemoryBudget=1", "-p:ServerlessBudgetSeverity=error").ShouldSucceed();

        Assert.DoesNotContain("SLS3010", result.Warnings);
        Assert.DoesNotContain("SLS3012", result.Warnings);
    }

    [Theory]
    [InlineData("-p:ServerlessPublishColdStartBudget=fast", "SLS3001")]
    [InlineData("-p:ServerlessBuildColdStartBudget=0", "SLS3001")]
    [InlineData("-p:ServerlessPublishMemoryBudget=lots", "SLS3003")]
    [InlineData("-p:ServerlessBuildMemoryBudget=-1", "SLS3003")]
    public void Every_budget_property_is_checked_before_the_build(string property, string code)
    {
        var function = unbuilt.Of(() => new FunctionProject(feed, "BadBudget"));

        Assert.Contains(code, function.Build(property).ShouldFail().Errors);
    }
}
