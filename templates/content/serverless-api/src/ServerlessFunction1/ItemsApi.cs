using System.Text.Json;
using ServerlessSdk.Functions;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Metrics;

#if (azure)
// The table infra/main.bicep creates in the app's storage account; [Uses] below grants the app's managed identity
// Storage Table Data Contributor on this table alone, and gives the app the table's name in ITEMS_TABLE_NAME.
[assembly: StorageTable("Items")]
#else
// The table the IaC creates (on-demand, encrypted, point-in-time recovery); [Uses] below grants this function read
// and write access to it, and gives it the table's name in ITEMS_TABLE_NAME.
[assembly: DynamoDbTable("Items", PartitionKey = "id")]
#endif

namespace ServerlessFunction1;

/// <summary>
#if (azure)
/// <c>/api/items</c> on Azure Functions: each route is an HTTP trigger (<c>Items</c>, <c>Items_2</c>, …) served by
/// the one executable, to which host.json proxies the requests as they are; the generated router binds <c>{id}</c>
/// to a <see cref="Guid"/> (400 when it is not one) and answers unknown paths 404 and other methods 405.
/// </summary>
[LambdaFunction(Name = "Items")]
[Uses("Items", Access.ReadWrite)]
#else
/// <c>/items</c> on an API Gateway HTTP API. Every route is one function (one cold start); the generated router binds
/// <c>{id}</c> to a <see cref="Guid"/> (400 when it is not one) and answers unknown paths 404 and other methods 405.
/// </summary>
[LambdaFunction(Name = "Items")]
[Uses("Items", Access.ReadWrite)]
#endif
public sealed class ItemsApi(IItemStore store, TimeProvider clock)
{
    private const int MaxNameLength = 100;

#if (azure)
    /// <summary>What Azure runs (once per instance, at start-up): the declared table of the app's storage account.</summary>
    public ItemsApi()
        : this(TableStorageItemStore.FromEnvironment(), TimeProvider.System)
#else
    /// <summary>What Lambda runs (once per instance, at start-up): the declared DynamoDB table.</summary>
    public ItemsApi()
        : this(DynamoDbItemStore.FromEnvironment(), TimeProvider.System)
#endif
    {
    }

    [HttpApi(LambdaHttpMethod.Get, "/items")]
    public async Task<HttpApiResponse> List(ILambdaContext context)
    {
        var items = await store.ListAsync(context.CancellationToken);
        return HttpApiResponse.Json(200, items, ItemsJsonContext.Default.IReadOnlyListItem);
    }

    [HttpApi(LambdaHttpMethod.Get, "/items/{id}")]
    public async Task<HttpApiResponse> Get(Guid id, ILambdaContext context) =>
        await store.FindAsync(id, context.CancellationToken) is { } item
            ? HttpApiResponse.Json(200, item, ItemsJsonContext.Default.Item)
            : NotFound(id);

    [HttpApi(LambdaHttpMethod.Post, "/items")]
    public async Task<HttpApiResponse> Create(HttpApiRequest request, ILambdaContext context)
    {
        NewItem? input;
        try
        {
            input = JsonSerializer.Deserialize(request.GetBodyBytes(), ItemsJsonContext.Default.NewItem);
        }
        catch (JsonException)
        {
            return Problem(400, "Malformed JSON", "The body must be a JSON object like {\"name\":\"Tea\",\"price\":3.5}.");
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return Problem(400, "Invalid item", "One or more fields are invalid.", errors);
        }

        var item = new Item(Guid.NewGuid(), input!.Name!.Trim(), input.Price!.Value, clock.GetUtcNow());
        await store.AddAsync(item, context.CancellationToken);
        context.Logger.Information("Created item {ItemId} {Name}", item.Id, item.Name);
        context.Metrics.AddMetric("ItemsCreated", 1, MetricUnit.Count);

        var response = HttpApiResponse.Json(201, item, ItemsJsonContext.Default.Item);
#if (azure)
        // Azure serves the routes under the host's route prefix.
        response.Headers!["location"] = $"/api/items/{item.Id}";
#else
        response.Headers!["location"] = $"/items/{item.Id}";
#endif
        return response;
    }

    [HttpApi(LambdaHttpMethod.Delete, "/items/{id}")]
    public async Task<HttpApiResponse> Delete(Guid id, ILambdaContext context)
    {
        if (!await store.DeleteAsync(id, context.CancellationToken))
        {
            return NotFound(id);
        }

        context.Logger.Information("Deleted item {ItemId}", id);
        return new HttpApiResponse { StatusCode = 204 };
    }

    private static Dictionary<string, string> Validate(NewItem? input)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input?.Name))
        {
            errors["name"] = "Required.";
        }
        else if (input.Name.Trim().Length > MaxNameLength)
        {
            errors["name"] = $"At most {MaxNameLength} characters.";
        }

        if (input?.Price is not { } price)
        {
            errors["price"] = "Required.";
        }
        else if (price < 0)
        {
            errors["price"] = "Must not be negative.";
        }

        return errors;
    }

    private static HttpApiResponse NotFound(Guid id) => Problem(404, "Not found", $"There is no item {id}.");

    private static HttpApiResponse Problem(int status, string title, string detail, IReadOnlyDictionary<string, string>? errors = null)
    {
        var response = HttpApiResponse.Json(status, new Problem(title, status, detail, errors), ItemsJsonContext.Default.Problem);
        response.Headers!["content-type"] = "application/problem+json";
        return response;
    }
}
