using System.Text.Json;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Azure;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Tests.Zip;

namespace ServerlessSdk.Tooling.Tests.IaC.Azure;

/// <summary>
/// host.json and function.json as learn.microsoft.com "Azure Functions custom handlers" describes them
/// (Application structure, Configuration, HTTP-only function: enableProxyingHttpRequest) and as "Work with Azure
/// Functions Core Tools"/"host.json reference" name the fields; binding names per contract-azure.md.
/// </summary>
public sealed class FunctionAppFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_http_only_app_is_proxied_without_an_extension_bundle()
    {
        var host = Emit(AzureFixtures.Http())["host.json"];

        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("Orders", host.GetProperty("customHandler").GetProperty("description").GetProperty("defaultExecutablePath").GetString());
        Assert.True(host.GetProperty("customHandler").GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal("api", host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.False(host.TryGetProperty("extensionBundle", out _));
    }

    [Theory]
    [InlineData("queue")]
    [InlineData("mixed")]
    public void An_app_with_storage_bindings_is_not_proxied_and_has_the_bundle(string which)
    {
        var host = Emit(which == "queue" ? AzureFixtures.Queue() : AzureFixtures.Mixed())["host.json"];

        Assert.False(host.GetProperty("customHandler").GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal(FunctionAppFiles.ExtensionBundleId, host.GetProperty("extensionBundle").GetProperty("id").GetString());
    }

    [Fact]
    public void A_timer_only_app_needs_no_bundle_and_takes_the_timeout()
    {
        var host = Emit(AzureFixtures.Timer(), AzureFixtures.Settings() with { TimeoutSeconds = 125 })["host.json"];

        Assert.False(host.TryGetProperty("extensionBundle", out _));
        Assert.Equal("00:02:05", host.GetProperty("functionTimeout").GetString());
    }

    [Fact]
    public void Each_trigger_is_a_function_folder_with_the_contract_binding_names()
    {
        var files = Emit(AzureFixtures.Http());

        var get = Bindings(files["GetItem/function.json"]);
        Assert.Equal(["httpTrigger", "http"], get.Select(b => b.GetProperty("type").GetString()));
        Assert.Equal(["req", "res"], get.Select(b => b.GetProperty("name").GetString()));
        Assert.Equal("items/{id}", get[0].GetProperty("route").GetString());
        Assert.Equal(["get"], get[0].GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("anonymous", get[0].GetProperty("authLevel").GetString());

        var second = Bindings(files["Items_2/function.json"])[0];
        Assert.Equal("files/{*proxy}", second.GetProperty("route").GetString());
        Assert.False(second.TryGetProperty("methods", out _));
        Assert.Equal("function", second.GetProperty("authLevel").GetString());
        Assert.True(files.ContainsKey("Items/function.json"));
    }

    [Fact]
    public void Queue_timer_blob_and_service_bus_bindings_carry_their_settings()
    {
        var queue = Bindings(Emit(AzureFixtures.Queue())["ProcessOrder/function.json"])[0];
        Assert.Equal(("queueTrigger", "message", "orders", "AzureWebJobsStorage"), (queue.GetProperty("type").GetString(), queue.GetProperty("name").GetString(), queue.GetProperty("queueName").GetString(), queue.GetProperty("connection").GetString()));

        var timer = Bindings(Emit(AzureFixtures.Timer())["Cleanup/function.json"])[0];
        Assert.Equal(("timerTrigger", "timer", "0 */5 * * * *"), (timer.GetProperty("type").GetString(), timer.GetProperty("name").GetString(), timer.GetProperty("schedule").GetString()));

        var blob = Bindings(Emit(AzureFixtures.Blob())["OnUpload/function.json"])[0];
        Assert.Equal(("blobTrigger", "blob", "uploads/{name}", "EventGrid"), (blob.GetProperty("type").GetString(), blob.GetProperty("name").GetString(), blob.GetProperty("path").GetString(), blob.GetProperty("source").GetString()));

        var bus = Bindings(Emit(AzureFixtures.ServiceBus())["OnOrder/function.json"])[0];
        Assert.Equal(("serviceBusTrigger", "message", "orders-in", "ServiceBusConnection"), (bus.GetProperty("type").GetString(), bus.GetProperty("name").GetString(), bus.GetProperty("queueName").GetString(), bus.GetProperty("connection").GetString()));
    }

    [Fact]
    public void An_event_grid_function_is_an_eventGridTrigger_binding_in_a_bundled_unproxied_app()
    {
        var files = Emit(AzureFixtures.EventGrid());

        var binding = Bindings(files["OnEvent/function.json"]).Single();
        Assert.Equal(("eventGridTrigger", "in", FunctionAppFiles.EventGridBinding), (binding.GetProperty("type").GetString(), binding.GetProperty("direction").GetString(), binding.GetProperty("name").GetString()));
        Assert.False(files["host.json"].GetProperty("customHandler").GetProperty("enableProxyingHttpRequest").GetBoolean());
        Assert.Equal(FunctionAppFiles.ExtensionBundleId, files["host.json"].GetProperty("extensionBundle").GetProperty("id").GetString());
    }

    [Fact]
    public void Off_flex_the_blob_trigger_is_the_polling_one()
    {
        var blob = Bindings(Emit(AzureFixtures.Blob(), AzureFixtures.Settings(AzurePlans.Premium))["OnUpload/function.json"])[0];

        Assert.False(blob.TryGetProperty("source", out _));
    }

    [Fact]
    public void A_second_build_rewrites_nothing()
    {
        var first = AzureEmitter.EmitFunctionApp(AzureFixtures.Mixed(), AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);
        var stamps = first.Written.ToDictionary(p => p, File.GetLastWriteTimeUtc);
        var second = AzureEmitter.EmitFunctionApp(AzureFixtures.Mixed(), AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);

        Assert.Equal(4, first.Written.Count);
        Assert.Empty(second.Written);
        Assert.Equal(first.Written.Order(), second.Unchanged.Order());
        Assert.All(stamps, s => Assert.Equal(s.Value, File.GetLastWriteTimeUtc(s.Key)));
    }

    [Fact]
    public void A_changed_manifest_rewrites_only_the_changed_file()
    {
        AzureEmitter.EmitFunctionApp(AzureFixtures.Mixed(), AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);
        var changed = AzureFixtures.Manifest(
            AzureFixtures.Function("GetItem", new HttpRouteTrigger("GET", "/items/{id}", HttpAuth.None, [])),
            AzureFixtures.Function("ProcessOrder", new StorageQueueTrigger("orders", "AzureWebJobsStorage")),
            AzureFixtures.Function("Cleanup", new TimerTrigger("0 0 4 * * *", null)));

        var result = AzureEmitter.EmitFunctionApp(changed, AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);

        Assert.Equal([Path.Combine(_folder.Path, "Cleanup", "function.json")], result.Written);
    }

    [Fact]
    public void A_hand_edit_is_kept_with_a_warning_and_overwritten_when_asked()
    {
        AzureEmitter.EmitFunctionApp(AzureFixtures.Http(), AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);
        var host = Path.Combine(_folder.Path, "host.json");
        var edited = File.ReadAllText(host).Replace("\"2.0\"", "\"2.0\", \"logging\": {}", StringComparison.Ordinal);
        File.WriteAllText(host, edited);

        var kept = AzureEmitter.EmitFunctionApp(AzureFixtures.Http(), AzureFixtures.Settings() with { ExecutableName = "Other" }, _folder.Path, overwriteEdited: false);
        Assert.Equal([DiagnosticCodes.AzureFileEditedByHand], kept.Diagnostics.Select(d => d.Code));
        Assert.True(kept.Succeeded);
        Assert.Equal(edited, File.ReadAllText(host));

        var overwritten = AzureEmitter.EmitFunctionApp(AzureFixtures.Http(), AzureFixtures.Settings(), _folder.Path, overwriteEdited: true);
        Assert.Empty(overwritten.Diagnostics);
        Assert.Contains(host, overwritten.Written);
    }

    [Fact]
    public void A_host_json_not_ours_is_kept_with_a_warning()
    {
        var host = _folder.Write("host.json", "{ \"version\": \"2.0\" }\n");

        var result = AzureEmitter.EmitFunctionApp(AzureFixtures.Http(), AzureFixtures.Settings(), _folder.Path, overwriteEdited: false);

        Assert.Equal([DiagnosticCodes.AzureFileNotGenerated], result.Diagnostics.Select(d => d.Code));
        Assert.Equal("{ \"version\": \"2.0\" }\n", File.ReadAllText(host));
    }

    [Fact]
    public void Aws_triggers_and_unknown_plans_are_errors_and_write_nothing()
    {
        var manifest = AzureFixtures.Manifest(AzureFixtures.Function("Worker", new SqsTrigger("jobs", 10, 0, false, 0)));

        var result = AzureEmitter.EmitFunctionApp(manifest, AzureFixtures.Settings("consumption"), _folder.Path, overwriteEdited: false);

        Assert.Equal([DiagnosticCodes.AzureUnsupportedTrigger, DiagnosticCodes.UnknownAzurePlan], result.Diagnostics.Select(d => d.Code));
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    private Dictionary<string, JsonElement> Emit(ServiceManifest manifest, AzureSettings? settings = null)
    {
        var result = AzureEmitter.EmitFunctionApp(manifest, settings ?? AzureFixtures.Settings(), _folder.Path, overwriteEdited: true);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Written.Concat(result.Unchanged).ToDictionary(
            p => Path.GetRelativePath(_folder.Path, p).Replace('\\', '/'),
            p => JsonDocument.Parse(File.ReadAllText(p)).RootElement.Clone(),
            StringComparer.Ordinal);
    }

    private static List<JsonElement> Bindings(JsonElement function) => [.. function.GetProperty("bindings").EnumerateArray()];
}
