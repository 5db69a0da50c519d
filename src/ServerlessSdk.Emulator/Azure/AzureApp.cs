using System.Text.Json;

namespace ServerlessSdk.Emulator.Azure;

/// <summary>An Azure function as its function.json declares it: the one trigger binding the host reads.</summary>
/// <param name="Name">The folder name: the function's name and, for non-HTTP triggers, the path the host POSTs to.</param>
/// <param name="TriggerType">The trigger binding's <c>type</c>, e.g. <c>httpTrigger</c>, <c>queueTrigger</c>, <c>timerTrigger</c>.</param>
/// <param name="BindingName">The trigger binding's <c>name</c>: the key of <c>Data</c> in the invocation.</param>
/// <param name="Trigger">The whole trigger binding (route, methods, queueName, schedule, connection, …).</param>
/// <param name="HttpOutputName">The HTTP output binding's name (<c>res</c>), when the function has one.</param>
public sealed record AzureFunction(string Name, string TriggerType, string BindingName, JsonElement Trigger, string? HttpOutputName)
{
    /// <summary>True for an HTTP trigger.</summary>
    public bool IsHttp => TriggerType == "httpTrigger";

    /// <summary>A string setting of the trigger binding, or null.</summary>
    public string? Setting(string name) => Trigger.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>
/// A function app folder as the Functions host reads it for a custom handler (learn.microsoft.com, "Azure Functions
/// custom handlers", Application structure): host.json at the root with <c>customHandler</c>, and one folder per
/// function holding its function.json.
/// </summary>
public sealed record AzureApp(string Folder, string ExecutablePath, string WorkingDirectory, IReadOnlyList<string> Arguments, bool ProxiesHttp, string RoutePrefix, IReadOnlyList<AzureFunction> Functions)
{
    /// <summary>Reads <paramref name="folder"/>; <paramref name="executablePath"/> replaces host.json's (a build output that is not beside host.json).</summary>
    /// <exception cref="AzureAppException">host.json or a function.json is missing or not of the documented shape (SLS6200).</exception>
    public static AzureApp Load(string folder, string? executablePath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var root = Path.GetFullPath(folder);
        var hostPath = Path.Combine(root, "host.json");
        try
        {
            using var host = JsonDocument.Parse(File.ReadAllText(hostPath), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var handler = host.RootElement.GetProperty("customHandler");
            var description = handler.GetProperty("description");
            var executable = description.GetProperty("defaultExecutablePath").GetString() ?? throw new AzureAppException("host.json has a null defaultExecutablePath", hostPath);
            var working = description.TryGetProperty("workingDirectory", out var w) && !string.IsNullOrEmpty(w.GetString()) ? Path.Combine(root, w.GetString()!) : root;
            var arguments = description.TryGetProperty("arguments", out var a) ? a.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
            var proxies = handler.TryGetProperty("enableProxyingHttpRequest", out var p) && p.ValueKind == JsonValueKind.True;
            var prefix = host.RootElement.TryGetProperty("extensions", out var e) && e.TryGetProperty("http", out var http) && http.TryGetProperty("routePrefix", out var rp)
                ? rp.GetString() ?? "api"
                : "api";
            var functions = Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal)
                .Where(d => File.Exists(Path.Combine(d, "function.json")))
                .Select(ReadFunction)
                .ToList();
            if (functions.Count == 0)
            {
                throw new AzureAppException("the app folder has no <function>/function.json", root);
            }

            return new AzureApp(root, executablePath ?? Path.Combine(root, executable), working, arguments, proxies, prefix.Trim('/'), functions);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException or UnauthorizedAccessException)
        {
            throw new AzureAppException($"cannot read host.json: {ex.Message}", hostPath, ex);
        }
    }

    /// <summary>The function named <paramref name="name"/> (case-insensitive, as the host's names are).</summary>
    public AzureFunction? Find(string name) => Functions.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    private static AzureFunction ReadFunction(string directory)
    {
        var path = Path.Combine(directory, "function.json");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var bindings = document.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone()).ToList();
            var triggers = bindings.Where(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).ToList();
            if (triggers.Count != 1)
            {
                throw new AzureAppException($"function.json must have exactly one trigger binding, has {triggers.Count}", path);
            }

            var trigger = triggers[0];
            var output = bindings.FirstOrDefault(b => b.GetProperty("type").GetString() == "http" && b.TryGetProperty("direction", out var d) && d.GetString() == "out");
            return new AzureFunction(Path.GetFileName(directory), trigger.GetProperty("type").GetString()!, trigger.GetProperty("name").GetString()!, trigger,
                output.ValueKind == JsonValueKind.Object ? output.GetProperty("name").GetString() : null);
        }
        catch (Exception ex) when (ex is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new AzureAppException($"cannot read function.json: {ex.Message}", path, ex);
        }
    }
}

/// <summary>The app folder cannot be read (SLS6200).</summary>
public sealed class AzureAppException(string message, string file, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The file at fault.</summary>
    public string File { get; } = file;
}
