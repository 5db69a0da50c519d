using System.Text;
using System.Text.Json;
using ServerlessSdk.Tooling.IaC.Files;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.IaC.Azure;

/// <summary>
/// host.json and one <c>&lt;function&gt;/function.json</c> per Azure function, as the Functions host reads them for a
/// custom handler (learn.microsoft.com, "Azure Functions custom handlers", "Application structure"). Binding names are
/// the contract's: HTTP <c>req</c>/<c>res</c>, timer <c>timer</c>, queues <c>message</c>, blobs <c>blob</c>.
/// </summary>
public static class FunctionAppFiles
{
    /// <summary>The host's configuration file at the app root.</summary>
    public const string HostFileName = "host.json";

    /// <summary>Each function folder's binding file.</summary>
    public const string FunctionFileName = "function.json";

    /// <summary>The extension bundle that brings the Storage and Service Bus bindings (HTTP and timer are built in).</summary>
    public const string ExtensionBundleId = "Microsoft.Azure.Functions.ExtensionBundle";

    /// <summary>Extension bundle v4, the one the Functions 4.x host supports.</summary>
    public const string ExtensionBundleVersion = "[4.*, 5.0.0)";

    /// <summary>Binding name of HTTP requests (the key of <c>Data</c>) and of the HTTP response (<c>Outputs</c>).</summary>
    public const string HttpRequestBinding = "req";

    /// <summary>HTTP response binding name.</summary>
    public const string HttpResponseBinding = "res";

    /// <summary>The Event Grid trigger's binding name: the key of <c>Data</c> the runtime reads the event from.</summary>
    public const string EventGridBinding = "eventGridEvent";

    /// <summary>True when every trigger is HTTP: the host then proxies requests as they are (<c>enableProxyingHttpRequest</c>).</summary>
    public static bool ProxiesHttp(ServiceManifest manifest) =>
        manifest.Functions.SelectMany(f => f.Triggers).All(t => t is HttpRouteTrigger);

    /// <summary>True when a binding comes from the extension bundle rather than the host itself.</summary>
    public static bool NeedsExtensionBundle(ServiceManifest manifest) =>
        manifest.Functions.SelectMany(f => f.Triggers).Any(t => t is StorageQueueTrigger or BlobTrigger or ServiceBusQueueTrigger or EventGridTrigger);

    /// <summary>The files, by path relative to the app root with forward slashes, each a checksummed JSON object.</summary>
    public static IReadOnlyList<(string Name, string Content)> Render(ServiceManifest manifest, AzureSettings settings)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        var files = new List<(string, string)> { (HostFileName, ChecksummedFile.ComposeJson(Host(manifest, settings))) };
        foreach (var (name, _, trigger) in AzureFunctionNames.All(manifest))
        {
            files.Add(($"{name}/{FunctionFileName}", ChecksummedFile.ComposeJson(Function(trigger, settings))));
        }

        return files;
    }

    private static string Host(ServiceManifest manifest, AzureSettings settings) => Json(w =>
    {
        w.WriteString("version", "2.0");
        w.WriteString("functionTimeout", TimeSpan.FromSeconds(settings.TimeoutSeconds).ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteStartObject("customHandler");
        w.WriteStartObject("description");
        w.WriteString("defaultExecutablePath", settings.ExecutableName);
        w.WriteString("workingDirectory", string.Empty);
        w.WriteStartArray("arguments");
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteBoolean("enableProxyingHttpRequest", ProxiesHttp(manifest));
        w.WriteEndObject();
        w.WriteStartObject("extensions");
        w.WriteStartObject("http");
        w.WriteString("routePrefix", SettingDefaults.AzureRoutePrefix);
        w.WriteEndObject();
        w.WriteEndObject();
        if (NeedsExtensionBundle(manifest))
        {
            w.WriteStartObject("extensionBundle");
            w.WriteString("id", ExtensionBundleId);
            w.WriteString("version", ExtensionBundleVersion);
            w.WriteEndObject();
        }
    });

    private static string Function(Trigger trigger, AzureSettings settings) => Json(w =>
    {
        w.WriteStartArray("bindings");
        w.WriteStartObject();
        switch (trigger)
        {
            case HttpRouteTrigger http:
                Binding(w, "httpTrigger", HttpRequestBinding);
                w.WriteString("authLevel", http.Auth == HttpAuth.None ? "anonymous" : "function");
                if (http.Method != "ANY")
                {
                    w.WriteStartArray("methods");
                    w.WriteStringValue(http.Method.ToLowerInvariant());
                    w.WriteEndArray();
                }

                w.WriteString("route", Route(http.Path));
                w.WriteEndObject();
                w.WriteStartObject();
                Binding(w, "http", HttpResponseBinding, "out");
                break;
            case TimerTrigger timer:
                Binding(w, "timerTrigger", "timer");
                w.WriteString("schedule", timer.Schedule);
                break;
            case StorageQueueTrigger queue:
                Binding(w, "queueTrigger", "message");
                w.WriteString("queueName", queue.Queue);
                w.WriteString("connection", queue.Connection);
                break;
            case BlobTrigger blob:
                Binding(w, "blobTrigger", "blob");
                w.WriteString("path", blob.Path);
                w.WriteString("connection", blob.Connection);
                if (settings.Plan == AzurePlans.Flex)
                {
                    // Flex Consumption runs only the Event Grid based blob trigger, not the polling one.
                    w.WriteString("source", "EventGrid");
                }

                break;
            case EventGridTrigger:
                Binding(w, "eventGridTrigger", EventGridBinding);
                break;
            case ServiceBusQueueTrigger bus:
                Binding(w, "serviceBusTrigger", "message");
                w.WriteString("queueName", bus.Queue);
                w.WriteString("connection", bus.Connection);
                break;
            default:
                throw new ArgumentException($"Azure Functions has no trigger for '{trigger.Type}'", nameof(trigger));
        }

        w.WriteEndObject();
        w.WriteEndArray();
    });

    /// <summary>An Azure route template: no leading slash; a greedy last segment <c>{proxy+}</c> is <c>{*proxy}</c>.</summary>
    public static string Route(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.TrimStart('/').Split('/');
        return string.Join('/', segments.Select(s => s.StartsWith('{') && s.EndsWith("+}", StringComparison.Ordinal) ? "{*" + s[1..^2] + "}" : s));
    }

    private static void Binding(Utf8JsonWriter w, string type, string name, string direction = "in")
    {
        w.WriteString("type", type);
        w.WriteString("direction", direction);
        w.WriteString("name", name);
    }

    internal static string Json(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
