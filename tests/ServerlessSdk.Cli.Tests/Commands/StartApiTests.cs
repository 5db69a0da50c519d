using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ServerlessSdk.Cli.Tests.Infrastructure;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>One start-api process serving the built sample; each test sends real HTTP requests to it.</summary>
public sealed class ServedSample : IAsyncLifetime
{
    public SampleCopy Copy { get; } = new();

    internal RunningApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Copy.Build();
        Api = await RunningApi.StartAsync(Copy.ProjectDirectory, "--no-build");
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Copy.Dispose();
    }
}

public sealed class StartApiTests(ServedSample served) : IClassFixture<ServedSample>
{
    private HttpClient Client => served.Api.Client;

    [Fact]
    public async Task A_route_gets_path_parameters_query_and_cookies_and_answers_with_status_headers_and_cookies()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "items/42?tag=a&tag=b&q=x%20y");
        request.Headers.Add("Cookie", "c1=v1; c2=v2");
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Items", response.Headers.GetValues("x-function").Single());
        Assert.Equal(["session=abc; Path=/; HttpOnly", "theme=dark"], response.Headers.GetValues("Set-Cookie"));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("42", root.GetProperty("id").GetString());
        Assert.Equal("GET /items/{id}", root.GetProperty("routeKey").GetString());
        Assert.Equal("a,b", root.GetProperty("query").GetProperty("tag").GetString());
        Assert.Equal("x y", root.GetProperty("query").GetProperty("q").GetString());
        Assert.Equal(["c1=v1", "c2=v2"], root.GetProperty("cookies").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("hello", root.GetProperty("greeting").GetString()); // the manifest's environment
    }

    [Fact]
    public async Task A_literal_route_wins_over_a_parameter()
    {
        using var body = JsonDocument.Parse(await Client.GetStringAsync("items/special"));
        Assert.Equal("GET /items/special", body.RootElement.GetProperty("routeKey").GetString());
    }

    [Fact]
    public async Task Binary_bodies_travel_base64_both_ways()
    {
        byte[] bytes = [0, 1, 2, 0xFF, 0xFE, 0x80];
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await Client.PostAsync("echo", content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("true", response.Headers.GetValues("x-request-base64").Single());
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_greedy_path_parameter_takes_the_rest_of_the_path()
    {
        Assert.Equal("file:docs/a/b.txt", await Client.GetStringAsync("files/docs/a/b.txt"));
    }

    [Theory]
    [InlineData("GET", "nowhere")]
    [InlineData("GET", "files")]
    public async Task Unknown_routes_answer_404_as_API_Gateway_does(string method, string path)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"message":"Not Found"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_route_path_with_another_method_answers_405_with_allow_as_the_generated_router_does()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "items/42"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task A_204_answer_reaches_the_client_and_the_request_log()
    {
        using var response = await Client.PostAsync("echo", content: null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(await served.Api.WaitForOutputAsync(@"POST /echo 204 \d+(\.\d)? ms \(Echo"), served.Api.Output);
    }

    [Fact]
    public async Task A_function_error_is_a_500_and_the_function_keeps_serving()
    {
        using var failed = await Client.GetAsync("items/boom");
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);

        using var next = await Client.GetAsync("items/7");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_and_duration()
    {
        using var _ = await Client.GetAsync("nowhere-logged");

        Assert.Matches(@"GET /nowhere-logged 404 \d+(\.\d)? ms", served.Api.Output);
    }
}

public sealed class StartApiRestartTests
{
    [Fact]
    public async Task After_a_rebuild_the_same_server_answers_from_the_new_build()
    {
        using var copy = new SampleCopy();
        copy.Build();
        await using var api = await RunningApi.StartAsync(copy.ProjectDirectory, "--no-build");
        using (var before = JsonDocument.Parse(await api.Client.GetStringAsync("items/1")))
        {
            Assert.Equal("v1", before.RootElement.GetProperty("version").GetString());
        }

        copy.SetVersion("v2");
        copy.Build();

        using var after = JsonDocument.Parse(await api.Client.GetStringAsync("items/1"));
        Assert.Equal("v2", after.RootElement.GetProperty("version").GetString());
        Assert.Contains("rebuilt, restarting", api.Output, StringComparison.Ordinal);
        Assert.True(await api.TerminateAsync(TimeSpan.FromSeconds(15)), "start-api did not stop on SIGTERM:\n" + api.Output);
    }
}
