using System.Net;
using System.Text;
using ServerlessSdk.Cli.Tests.Infrastructure;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Cli.Tests.Commands;

/// <summary>
/// invoke and start-api for a project that declares a table: dynalite (or AWS_ENDPOINT_URL_DYNAMODB), the table
/// created, the endpoint, name and dummy credentials passed to the function. No AWS account anywhere.
/// </summary>
public sealed class LocalTablesTests(TableFunctionCopy function) : IClassFixture<TableFunctionCopy>
{
    [Fact]
    public async Task Start_api_stores_a_posted_item_in_dynalite_and_reads_it_back()
    {
        var start = Tool.StartInfo(function.ProjectDirectory, "start-api", "--port", "0", "--no-build");
        start.Environment[Dynalite.ExecutableVariable] = DynaliteFixture.Executable;
        start.Environment.Remove(LocalAws.DynamoDbEndpointVariable);
        await using var api = await RunningApi.StartAsync(start);

        using var posted = await api.Client.PostAsync("items", new StringContent("""{"name":"Tea"}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var id = await posted.Content.ReadAsStringAsync();
        using var read = await api.Client.GetAsync($"items/{id}");

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("""{"name":"Tea"}""", await read.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"items/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Invoke_uses_the_configured_endpoint_and_creates_the_missing_table_there()
    {
        using var dynalite = new DynaliteFixture();
        var start = Tool.StartInfo(function.ProjectDirectory, "invoke", "--no-build", "--event", "-");
        start.Environment[LocalAws.DynamoDbEndpointVariable] = dynalite.Endpoint.AbsoluteUri;
        start.Environment[Dynalite.ExecutableVariable] = "/nonexistent/dynalite"; // so only the endpoint can have worked
        const string post = """
            {"version":"2.0","routeKey":"POST /items","rawPath":"/items","body":"stored by invoke","isBase64Encoded":false,
             "requestContext":{"http":{"method":"POST","path":"/items"}}}
            """;

        var result = Tool.Run(start, post);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var client = new DynamoDbLocalClient(dynalite.Endpoint);
        Assert.Equal(["Items"], await client.ListTablesAsync(CancellationToken.None));
    }

    [Fact]
    public void Without_dynalite_or_an_endpoint_the_tool_says_how_to_install_it()
    {
        var start = Tool.StartInfo(function.ProjectDirectory, "start-api", "--port", "0", "--no-build");
        // A missing configured executable, so a dynalite installed on this machine's PATH cannot answer instead.
        start.Environment[Dynalite.ExecutableVariable] = "/nonexistent/dynalite";
        start.Environment.Remove(LocalAws.DynamoDbEndpointVariable);

        var result = Tool.Run(start, stdin: null);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(DiagnosticCodes.DynaliteNotInstalled, result.Codes);
    }
}
