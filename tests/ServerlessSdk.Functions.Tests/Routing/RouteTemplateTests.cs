using ServerlessSdk.Functions.Routing;

namespace ServerlessSdk.Functions.Tests.Routing;

public sealed class RouteTemplateTests
{
    [Theory]
    [InlineData("/", "/", true)]
    [InlineData("/items", "/items", true)]
    [InlineData("/items", "/Items", false)]
    [InlineData("/items", "/items/1", false)]
    [InlineData("/items/{id}", "/items/42", true)]
    [InlineData("/items/{id}", "/items/", false)]
    [InlineData("/items/{id}", "/items", false)]
    [InlineData("/files/{path+}", "/files/a/b/c.txt", true)]
    [InlineData("/files/{path+}", "/files", false)]
    public void Matches_segment_by_segment(string template, string path, bool matches) =>
        Assert.Equal(matches, RouteTemplate.Parse(template).TryMatch(path, out _));

    [Fact]
    public void Values_are_percent_decoded()
    {
        Assert.True(RouteTemplate.Parse("/users/{name}/files/{path+}").TryMatch("/users/Ada%20L/files/a%2Fb/c", out var values));
        Assert.Equal("Ada L", values["name"]);
        Assert.Equal("a/b/c", values["path"]);
    }

    [Theory]
    [InlineData("items")]
    [InlineData("/items/")]
    [InlineData("/{rest+}/x")]
    [InlineData("/a{b}")]
    public void Rejects_malformed_paths(string path) => Assert.Throws<FormatException>(() => RouteTemplate.Parse(path));
}
