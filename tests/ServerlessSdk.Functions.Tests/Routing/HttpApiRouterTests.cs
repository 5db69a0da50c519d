using System.Text.Json;
using ServerlessSdk.Functions.Routing;
using ServerlessSdk.Runtime.Events;

namespace ServerlessSdk.Functions.Tests.Routing;

public sealed class HttpApiRouterTests
{
    private static readonly HttpApiRouter Router = new HttpApiRouter()
        .Map("GET", "/items/{id}", (_, path, _) => Reply($"get {path["id"]}"))
        .Map("GET", "/items/new", (_, _, _) => Reply("new form"))
        .Map("DELETE", "/items/{id}", (_, path, _) => Reply($"delete {path["id"]}"))
        .Map("ANY", "/echo", (request, _, _) => Reply($"echo {request.RequestContext.Http.Method}"));

    [Theory]
    [InlineData("GET", "/items/7", "get 7")]
    [InlineData("get", "/items/7", "get 7")]
    [InlineData("DELETE", "/items/7", "delete 7")]
    [InlineData("GET", "/items/new", "new form")]
    [InlineData("PATCH", "/echo", "echo PATCH")]
    public async Task Sends_each_request_to_its_route(string method, string path, string expected)
    {
        var response = await Router.DispatchAsync(Request(method, path), null!);

        Assert.Equal(expected, response.Body);
    }

    [Fact]
    public async Task Api_gateway_route_key_wins_and_its_path_parameters_are_used()
    {
        var request = Request("GET", "/prod/items/ignored");
        request.RouteKey = "GET /items/{id}";
        request.PathParameters = new Dictionary<string, string> { ["id"] = "from-gateway" };

        Assert.Equal("get from-gateway", (await Router.DispatchAsync(request, null!)).Body);
    }

    [Fact]
    public async Task A_named_stage_prefix_is_ignored()
    {
        var request = Request("GET", "/prod/items/9");
        request.RequestContext.Stage = "prod";

        Assert.Equal("get 9", (await Router.DispatchAsync(request, null!)).Body);
    }

    [Fact]
    public async Task An_unknown_path_is_404_like_api_gateway()
    {
        var response = await Router.DispatchAsync(Request("GET", "/nothing"), null!);

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("Not Found", JsonDocument.Parse(response.Body!).RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_known_path_with_another_method_is_405_with_allow()
    {
        var response = await Router.DispatchAsync(Request("POST", "/items/3"), null!);

        Assert.Equal(405, response.StatusCode);
        Assert.Equal("DELETE, GET", response.Headers!["allow"]);
    }

    [Fact]
    public void Mapping_a_route_twice_is_refused() =>
        Assert.Throws<ArgumentException>(() => new HttpApiRouter().Map("GET", "/a", (_, _, _) => Reply("")).Map("get", "/a", (_, _, _) => Reply("")));

    [Fact]
    public void A_bad_parameter_is_400() => Assert.Equal(400, HttpApiRouter.BadParameter("id", "an integer").StatusCode);

    private static ValueTask<HttpApiResponse> Reply(string text) => ValueTask.FromResult(HttpApiResponse.Text(200, text));

    private static HttpApiRequest Request(string method, string path) => new()
    {
        RouteKey = "$default",
        RawPath = path,
        RequestContext = new HttpApiRequestContext { Stage = "$default", Http = new HttpApiHttpDescription { Method = method, Path = path } },
    };
}
