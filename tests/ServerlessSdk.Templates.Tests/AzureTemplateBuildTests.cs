using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using ServerlessSdk.Emulator.Azure;
using ServerlessSdk.Templates.Tests.Infrastructure;

namespace ServerlessSdk.Templates.Tests;

/// <summary>
/// <c>--platform azure</c> from the first command: each template builds with zero warnings, writes host.json,
/// function.json and a Bicep the real compiler accepts with no warning, its own tests pass, one Native AOT publish
/// writes the app zip, and the executable from that zip answers under the local Azure host as the Functions host
/// would call it (custom handler protocol, FUNCTIONS_CUSTOMHANDLER_PORT), with Azurite for storage.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class AzureTemplateBuildTests(TemplatePack pack)
{
    private const string Rid = "linux-x64";

    [Fact]
    public async Task Api_builds_tests_publishes_and_serves_items_under_api_from_table_storage()
    {
        var project = BuildTestPublish("serverless-api", "Shop", "Items");
        var bicep = File.ReadAllText(Path.Combine(project.IaCFolder, "main.bicep"));
        Assert.Contains("tableServices/tables@", bicep, StringComparison.Ordinal); // the declared table, with its role and ITEMS_TABLE_NAME
        Assert.Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", bicep, StringComparison.Ordinal); // Storage Table Data Contributor
        Assert.Contains("ITEMS_TABLE_NAME:", bicep, StringComparison.Ordinal);

        using var tables = Azurite.StartTable();
        var storage = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};TableEndpoint={tables.Endpoint}";
        var manifest = ServerlessSdk.Tooling.IaC.Manifest.ServiceManifestReader.FromAssembly(Path.Combine(project.FunctionDirectory, "bin", "Release", "net10.0", "Shop.dll"));
        Assert.NotNull(manifest);
        Assert.Equal(["Items"], await ServerlessSdk.Tooling.Local.LocalAzureTables.CreateDeclaredAsync(manifest, storage, CancellationToken.None));
        await using var host = await LocalAzureHost.StartAsync(AzureApp.Load(Unzip(project)), new Dictionary<string, string> { ["AzureWebJobsStorage"] = storage });

        var created = await host.SendAsync(HttpMethod.Post, "/api/items", """{"name":"Tea","price":3.5}""", new Dictionary<string, string> { ["content-type"] = "application/json" });
        Assert.True(created.StatusCode == 201, $"{created.StatusCode}: {created.Body}\n{Logs(host)}");
        var id = JsonDocument.Parse(created.Body).RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/items/{id}", created.Headers["location"]);

        var listed = await host.SendAsync(HttpMethod.Get, "/api/items");
        Assert.Equal(200, listed.StatusCode);
        Assert.Contains(JsonDocument.Parse(listed.Body).RootElement.EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        var read = await host.SendAsync(HttpMethod.Get, $"/api/items/{id}");
        Assert.Equal("Tea", JsonDocument.Parse(read.Body).RootElement.GetProperty("name").GetString());
        Assert.Equal(400, (await host.SendAsync(HttpMethod.Post, "/api/items", """{"price":1}""")).StatusCode);
        Assert.Equal(400, (await host.SendAsync(HttpMethod.Get, "/api/items/not-a-guid")).StatusCode);
        Assert.Equal(204, (await host.SendAsync(HttpMethod.Delete, $"/api/items/{id}")).StatusCode);
        Assert.Equal(404, (await host.SendAsync(HttpMethod.Get, $"/api/items/{id}")).StatusCode);
        Assert.Equal(404, (await host.SendAsync(HttpMethod.Get, "/items")).StatusCode);
    }

    [Fact]
    public async Task Queue_builds_tests_publishes_and_takes_its_orders_from_an_azurite_queue()
    {
        var project = BuildTestPublish("serverless-queue", "Fulfilment", "OrderWorker");
        var trigger = FunctionJson(project, "OrderWorker").GetProperty("bindings")[0];
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("orders", trigger.GetProperty("queueName").GetString());

        using var azurite = Azurite.StartQueue();
        var storage = StorageQueueClient.DevelopmentConnectionString(azurite.QueueEndpoint);
        using var queue = StorageQueueClient.Development(azurite.QueueEndpoint);
        await queue.CreateQueueAsync("orders");
        await queue.PutMessageAsync("orders", """{"orderId":"o-1001","customerId":"c-42","total":25.5}""");
        await using var host = await LocalAzureHost.StartAsync(AzureApp.Load(Unzip(project)), new Dictionary<string, string> { ["AzureWebJobsStorage"] = storage });

        var delivered = new TaskCompletionSource<AzureInvocationResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var pump = QueueTriggerPump.RunAsync(host, new Dictionary<string, string> { ["AzureWebJobsStorage"] = storage }, (_, _, result, error) =>
        {
            if (error is not null)
            {
                delivered.TrySetException(error);
            }
            else
            {
                delivered.TrySetResult(result!);
            }
        }, cancellationToken: stop.Token);
        var result = await delivered.Task.WaitAsync(stop.Token);
        await stop.CancelAsync();
        await pump.ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.True(result.StatusCode == 200, $"{result.StatusCode}\n{Logs(host)}");
        Assert.Contains(JsonLines(result.Logs), l => l.TryGetProperty("OrderId", out var order) && order.GetString() == "o-1001");
        Assert.Empty(await queue.GetMessagesAsync("orders", 1, TimeSpan.FromSeconds(1)));

        // A bad message fails its invocation (the handler answers 500, which the local host raises), so the host
        // would make it visible again and after 5 dequeues poison it.
        await Assert.ThrowsAsync<AzureHostException>(() => host.InvokeAsync("OrderWorker", JsonValue.Create("not json"), new JsonObject { ["Id"] = "m-2", ["DequeueCount"] = 1 }));
    }

    [Fact]
    public async Task Scheduled_builds_tests_publishes_and_runs_its_job_on_a_timer_invocation()
    {
        var project = BuildTestPublish("serverless-scheduled", "Cleanup", "CleanupJob");
        var trigger = FunctionJson(project, "CleanupJob").GetProperty("bindings")[0];
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("0 0 3 * * *", trigger.GetProperty("schedule").GetString());

        await using var host = await LocalAzureHost.StartAsync(AzureApp.Load(Unzip(project)));
        var result = await host.InvokeAsync("CleanupJob", LocalAzureHost.TimerData(DateTimeOffset.UtcNow));

        Assert.True(result.StatusCode == 200, $"{result.StatusCode}\n{Logs(host)}");
        Assert.Contains(JsonLines(result.Logs), l => l.TryGetProperty("Count", out var count) && count.GetInt32() == 2);
    }

    // Azurite's documented development account key (public).
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>new → build (zero warnings) → Bicep → the project's tests → one Native AOT publish → the zip's layout.</summary>
    private GeneratedProject BuildTestPublish(string template, string name, string function)
    {
        var project = pack.Create(template, name, "--skip-restore", "--platform", "azure");
        project.Build().ShouldSucceed();

        Assert.Contains("main.bicep", project.IaCFiles);
        Assert.Contains("main.parameters.json", project.IaCFiles);
        Assert.DoesNotContain(project.IaCFiles, f => f is "template.yaml" or "main.tf" or "serverless.yml");
        AssertBicepCompiles(Path.Combine(project.IaCFolder, "main.bicep"));

        project.Test().ShouldSucceed();
        project.Publish(Rid).ShouldSucceed();

        using var zip = ZipFile.OpenRead(project.Zip(Rid, "x86_64"));
        var entries = zip.Entries.ToDictionary(e => e.FullName);
        Assert.Contains("host.json", entries.Keys);
        Assert.Contains($"{function}/function.json", entries.Keys);
        var executable = Assert.Contains(name, entries);
        Assert.Equal(0b111_101_101, (executable.ExternalAttributes >> 16) & 0x1FF);
        using var hostJson = JsonDocument.Parse(entries["host.json"].Open());
        Assert.Equal(name, hostJson.RootElement.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        return project;
    }

    private static void AssertBicepCompiles(string file)
    {
        var result = BicepCompiler.Build(file);
        Assert.True(result.ExitCode == 0 && result.Findings.Count == 0, $"{file}: exit {result.ExitCode}\n{string.Join('\n', result.Findings)}\n{result.Errors}");
    }

    private static JsonElement FunctionJson(GeneratedProject project, string function) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(project.FunctionDirectory, "functionapp", function, "function.json"))).RootElement;

    /// <summary>The app zip extracted, as the Functions host lays it out (ZipFile keeps the executable's mode).</summary>
    private static string Unzip(GeneratedProject project)
    {
        var folder = Path.Combine(project.Root, "deployed");
        ZipFile.ExtractToDirectory(project.Zip(Rid, "x86_64"), folder);
        return folder;
    }

    private static List<JsonElement> JsonLines(IEnumerable<string> lines) =>
        [.. lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)];

    private static string Logs(LocalAzureHost host) => string.Join('\n', host.Logs.Select(l => l.Text));
}
