using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessFunction1.Tests;

public sealed class ItemsApiTests
{
    private readonly ItemsApi _api = new(new InMemoryItemStore(), TimeProvider.System);
    private readonly TestLambdaContext _context = new();

    [Fact]
    public async Task Create_returns_201_with_the_item_and_its_location()
    {
        var response = await _api.Create(Post("""{"name":"Tea","price":3.5}"""), _context);

        Assert.Equal(201, response.StatusCode);
        var item = Body(response);
        Assert.Equal("Tea", item.GetProperty("name").GetString());
#if (azure)
        Assert.Equal($"/api/items/{item.GetProperty("id").GetGuid()}", response.Headers!["location"]);
#else
        Assert.Equal($"/items/{item.GetProperty("id").GetGuid()}", response.Headers!["location"]);
#endif
    }

    [Fact]
    public async Task A_created_item_can_be_read_listed_and_deleted()
    {
        var id = Body(await _api.Create(Post("""{"name":"Tea","price":3.5}"""), _context)).GetProperty("id").GetGuid();

        Assert.Equal(200, (await _api.Get(id, _context)).StatusCode);
        Assert.Equal(1, Body(await _api.List(_context)).GetArrayLength());
        Assert.Equal(204, (await _api.Delete(id, _context)).StatusCode);
        Assert.Equal(404, (await _api.Get(id, _context)).StatusCode);
    }

    [Theory]
    [InlineData("""{"price":1}""", "name")]
    [InlineData("""{"name":"  ","price":1}""", "name")]
    [InlineData("""{"name":"Tea"}""", "price")]
    [InlineData("""{"name":"Tea","price":-1}""", "price")]
    public async Task Invalid_input_is_a_400_problem_naming_the_field(string body, string field)
    {
        var response = await _api.Create(Post(body), _context);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("application/problem+json", response.Headers!["content-type"]);
        Assert.True(Body(response).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await _api.Create(Post("{not json"), _context);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("application/problem+json", response.Headers!["content-type"]);
    }

    [Fact]
    public async Task Deleting_an_unknown_item_is_a_404()
    {
        Assert.Equal(404, (await _api.Delete(Guid.NewGuid(), _context)).StatusCode);
    }

    private static HttpApiRequest Post(string body) => new()
    {
        RawPath = "/items",
        Body = body,
        RequestContext = new HttpApiRequestContext { Http = new HttpApiHttpDescription { Method = "POST", Path = "/items" } },
    };

    private static JsonElement Body(HttpApiResponse response) => JsonDocument.Parse(response.Body!).RootElement;
}
