// The comparison point for the Azure custom handler: an ASP.NET Core minimal API (CreateSlimBuilder, Native AOT as
// `dotnet new webapiaot` sets it up, or JIT) answering the same GET /api/items on FUNCTIONS_CUSTOMHANDLER_PORT. It is
// also the Kestrel option for the handler itself: a Kestrel-based custom handler carries at least this much.
using System.Text.Json.Serialization;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, BenchJsonContext.Default));
var app = builder.Build();
app.Urls.Add($"http://127.0.0.1:{Environment.GetEnvironmentVariable("FUNCTIONS_CUSTOMHANDLER_PORT") ?? "8080"}");
app.MapGet("/api/items", (HttpRequest request) => new Listing("List", request.Headers["X-Azure-Functions-InvocationId"].ToString(), request.Query["limit"].ToString(), "/items"));
app.Run();

internal sealed record Listing(string Function, string Invocation, string Limit, string Path);

[JsonSerializable(typeof(Listing))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
