namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>
/// A private copy of tests/ServerlessSdk.Functions.AzureTestFunction (ServerlessPlatform=azure) in a temporary folder,
/// compiled against the assemblies beside this test and the generator, with its app folder (functionapp/host.json and
/// the function.json files) written as the build of a package consumer writes them: the tool runs it through the
/// local Functions host.
/// </summary>
public sealed class AzureAppCopy : ProjectCopy
{
    public AzureAppCopy()
        : base("serverlesssdk-cli-azure-", "AzureApp")
    {
        CopySources("ServerlessSdk.Functions.AzureTestFunction");
        var generator = Path.Combine(Repository.Root, "src", "ServerlessSdk.Functions.Generator", "bin", Tool.Configuration, "netstandard2.0", "ServerlessSdk.Functions.Generator.dll");
        WriteProject(
            "handler",
            "<ServerlessPlatform>azure</ServerlessPlatform>",
            $"""
            <CompilerVisibleProperty Include="ServerlessPlatform" />
            <CompilerVisibleProperty Include="MSBuildProjectName" />
            <Reference Include="ServerlessSdk.Functions" HintPath="{Path.Combine(AppContext.BaseDirectory, "ServerlessSdk.Functions.dll")}" />
            <Analyzer Include="{generator}" />
            """);

        // What ServerlessSdk.Build writes (docs/azure.md), proxied: the runtime serves HTTP functions only as proxied
        // requests, so the HTTP functions are in a proxied app and the others beside them (the host POSTs those anyway).
        var app = Path.Combine(ProjectDirectory, "functionapp");
        Write(app, "host.json", """{ "version": "2.0", "customHandler": { "description": { "defaultExecutablePath": "handler" }, "enableProxyingHttpRequest": true }, "extensions": { "http": { "routePrefix": "api" } } }""");
        Write(app, "List/function.json", Http("items", "get"));
        Write(app, "Get/function.json", Http("items/{id}", "get"));
        Write(app, "Fail/function.json", Http("fail", "get"));
        Write(app, "ProcessOrder/function.json", """{ "bindings": [ { "type": "queueTrigger", "direction": "in", "name": "message", "queueName": "orders", "connection": "AzureWebJobsStorage" } ] }""");
        Write(app, "Cleanup/function.json", """{ "bindings": [ { "type": "timerTrigger", "direction": "in", "name": "timer", "schedule": "0 */5 * * * *" } ] }""");
    }

    private static string Http(string route, string method) =>
        $$"""{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "anonymous", "methods": [ "{{method}}" ], "route": "{{route}}" }, { "type": "http", "direction": "out", "name": "res" } ] }""";

    private static void Write(string folder, string relative, string content)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
