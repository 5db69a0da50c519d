using System.Text.Json.Nodes;
using ServerlessSdk.Emulator.Azure;

namespace ServerlessSdk.Testing;

/// <summary>App folders for the local host's tests (emulator, probe, tool): the tiny Python custom handler (Assets/fake_custom_handler.py), host.json and function.json as documented.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class AzureTestApps
{
    public static AzureApp Write(string folder, bool proxy, string[] arguments, params (string Name, JsonObject Bindings)[] functions)
    {
        var handler = Path.Combine(folder, "handler");
        File.WriteAllText(handler, $"#!/bin/sh\nexec {FakeRuntime.PythonPath} -S {Path.Combine(AppContext.BaseDirectory, "Assets", "fake_custom_handler.py")} \"$@\"\n");
        File.SetUnixFileMode(handler, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var host = new JsonObject
        {
            ["version"] = "2.0",
            ["customHandler"] = new JsonObject
            {
                ["description"] = new JsonObject { ["defaultExecutablePath"] = "handler", ["workingDirectory"] = "", ["arguments"] = new JsonArray([.. arguments.Select(a => (JsonNode)JsonValue.Create(a))]) },
                ["enableProxyingHttpRequest"] = proxy,
            },
            ["extensions"] = new JsonObject { ["http"] = new JsonObject { ["routePrefix"] = "api" } },
        };
        File.WriteAllText(Path.Combine(folder, "host.json"), host.ToJsonString());
        foreach (var (name, bindings) in functions)
        {
            Directory.CreateDirectory(Path.Combine(folder, name));
            File.WriteAllText(Path.Combine(folder, name, "function.json"), bindings.ToJsonString());
        }

        return AzureApp.Load(folder);
    }

    public static JsonObject Http(string route, string method) => new()
    {
        ["bindings"] = new JsonArray(
            new JsonObject { ["type"] = "httpTrigger", ["direction"] = "in", ["name"] = "req", ["authLevel"] = "anonymous", ["methods"] = new JsonArray(method), ["route"] = route },
            new JsonObject { ["type"] = "http", ["direction"] = "out", ["name"] = "res" }),
    };

    public static JsonObject Queue(string queue) => Binding("queueTrigger", "message", new JsonObject { ["queueName"] = queue, ["connection"] = "AzureWebJobsStorage" });

    public static JsonObject Binding(string type, string name, JsonObject settings)
    {
        settings["type"] = type;
        settings["direction"] = "in";
        settings["name"] = name;
        return new JsonObject { ["bindings"] = new JsonArray(settings) };
    }
}
