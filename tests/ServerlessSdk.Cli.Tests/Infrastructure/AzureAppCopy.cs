namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>
/// A private copy of tests/ServerlessSdk.Functions.AzureTestFunction (ServerlessPlatform=azure) in a temporary folder,
/// compiled against the assemblies beside this test and the generator, with its app folder (functionapp/host.json and
/// the function.json files) written as the build of a package consumer writes them: the tool runs it through the
/// local Functions host.
/// </summary>
public sealed class AzureAppCopy : IDisposable
{
    private readonly string _root;

    public AzureAppCopy()
    {
        _root = Directory.CreateTempSubdirectory("serverlesssdk-cli-azure-").FullName;
        ProjectDirectory = Path.Combine(_root, "AzureApp");
        Directory.CreateDirectory(ProjectDirectory);
        var source = Path.Combine(Repository.Root, "tests", "ServerlessSdk.Functions.AzureTestFunction");
        foreach (var file in Directory.EnumerateFiles(source, "*.cs"))
        {
            File.Copy(file, Path.Combine(ProjectDirectory, Path.GetFileName(file)));
        }

        IsolatedWorkspace.Prepare(_root);
        var bin = AppContext.BaseDirectory;
        var generator = Path.Combine(Repository.Root, "src", "ServerlessSdk.Functions.Generator", "bin", Tool.Configuration, "netstandard2.0", "ServerlessSdk.Functions.Generator.dll");
        File.WriteAllText(Path.Combine(ProjectDirectory, "AzureApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <AssemblyName>handler</AssemblyName>
                <InvariantGlobalization>true</InvariantGlobalization>
                <ServerlessPlatform>azure</ServerlessPlatform>
              </PropertyGroup>
              <ItemGroup>
                <CompilerVisibleProperty Include="ServerlessPlatform" />
                <CompilerVisibleProperty Include="MSBuildProjectName" />
                <Reference Include="ServerlessSdk.Runtime" HintPath="{Path.Combine(bin, "ServerlessSdk.Runtime.dll")}" />
                <Reference Include="ServerlessSdk.Functions" HintPath="{Path.Combine(bin, "ServerlessSdk.Functions.dll")}" />
                <Analyzer Include="{generator}" />
              </ItemGroup>
            </Project>
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

    public string ProjectDirectory { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Http(string route, string method) =>
        $$"""{ "bindings": [ { "type": "httpTrigger", "direction": "in", "name": "req", "authLevel": "anonymous", "methods": [ "{{method}}" ], "route": "{{route}}" }, { "type": "http", "direction": "out", "name": "res" } ] }""";

    private static void Write(string folder, string relative, string content)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
