using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Cli.LocalApi;

namespace ServerlessSdk.Cli.Tests.LocalApi;

public sealed class RouteTableTests
{
    private static readonly RouteTable Table = RouteTable.For(Routes.Catalog(
        ("Get", "GET /items/{id}"),
        ("Special", "GET /items/special"),
        ("Any", "ANY /items/{id}"),
        ("Files", "GET /files/{proxy+}"),
        ("Nested", "GET /users/{user}/orders/{order}")));

    [Theory]
    [InlineData("GET", "/items/special", "Special", "GET /items/special")]
    [InlineData("GET", "/items/42", "Get", "GET /items/{id}")]
    [InlineData("DELETE", "/items/42", "Any", "ANY /items/{id}")]
    [InlineData("get", "/items/42/", "Get", "GET /items/{id}")]
    [InlineData("GET", "/files/a/b/c.txt", "Files", "GET /files/{proxy+}")]
    public void The_most_specific_route_wins(string method, string path, string function, string routeKey)
    {
        var match = Table.Match(method, path);

        Assert.NotNull(match);
        Assert.Equal(function, match.Function.Name);
        Assert.Equal(routeKey, match.RouteKey);
    }

    [Fact]
    public void Path_parameters_are_decoded_and_a_greedy_one_takes_the_rest()
    {
        Assert.Equal(new Dictionary<string, string> { ["user"] = "ann smith", ["order"] = "7" }, Table.Match("GET", "/users/ann%20smith/orders/7")!.PathParameters);
        Assert.Equal(new Dictionary<string, string> { ["proxy"] = "a/b/c.txt" }, Table.Match("GET", "/files/a/b/c.txt")!.PathParameters);
        Assert.Null(Table.Match("GET", "/items/special")!.PathParameters);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/items")]
    [InlineData("GET", "/items/1/2")]
    [InlineData("POST", "/files/a")]
    [InlineData("GET", "/files")]
    [InlineData("GET", "/Items/1")]
    public void No_matching_route_is_no_match(string method, string path)
    {
        Assert.Null(Table.Match(method, path));
    }

    [Fact]
    public void A_project_without_a_manifest_serves_every_request_on_its_default_route()
    {
        var table = RouteTable.For(FunctionCatalog.From(null, "MyApi"));

        var match = table.Match("PATCH", "/anything/at/all");

        Assert.Equal("MyApi", match!.Function.Name);
        Assert.Equal("$default", match.RouteKey);
        Assert.Null(match.PathParameters);
    }
}
