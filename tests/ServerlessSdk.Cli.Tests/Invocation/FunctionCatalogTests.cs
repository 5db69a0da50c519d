using ServerlessSdk.Cli.Invocation;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Projects;
using ServerlessSdk.Cli.Tests.LocalApi;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Cli.Tests.Invocation;

public sealed class FunctionCatalogTests
{
    private static readonly FunctionCatalog Catalog = Routes.Catalog(("Items", "GET /items"), ("Orders", "GET /orders"));

    [Fact]
    public void Functions_resolve_by_name_ignoring_case()
    {
        Assert.Equal("Orders", Catalog.Resolve("orders").Name);
    }

    [Fact]
    public void An_unknown_name_is_SLS6107_and_no_name_among_several_is_SLS6108()
    {
        Assert.Equal("SLS6107", Assert.Throws<ToolException>(() => Catalog.Resolve("Nope")).Diagnostic.Code);
        Assert.Equal("SLS6108", Assert.Throws<ToolException>(() => Catalog.Resolve(null)).Diagnostic.Code);
    }

    [Fact]
    public void Without_a_manifest_the_project_is_one_function_named_after_it()
    {
        var catalog = FunctionCatalog.From(null, "MyApi");

        var function = catalog.Resolve(null);

        Assert.Equal("MyApi", function.Name);
        Assert.Equal("api", function.SampleEventType);
        Assert.Equal("MyApi", function.Environment[LocalFunction.SelectorVariable]);
    }

    [Fact]
    public void A_function_gets_its_manifest_environment_timeout_memory_and_sample_event()
    {
        var declaration = new FunctionDeclaration("Worker", "H", 512, 7, null, null, null, null, false,
            new Dictionary<string, string> { ["QUEUE"] = "q" }, [], [new SqsTrigger("q", 10, 0, true, 3)]);

        var function = FunctionCatalog.From(new ServiceManifest("svc", [declaration]), "P").Resolve("Worker");

        Assert.Equal("sqs", function.SampleEventType);
        Assert.Equal(TimeSpan.FromSeconds(7), function.Timeout);
        Assert.Equal(512, function.MemoryMb);
        Assert.Equal("q", function.Environment["QUEUE"]);
        Assert.Equal("Worker", function.Environment["SERVERLESS_FUNCTION"]);
    }

    [Fact]
    public void A_project_file_is_the_project_meant_and_a_missing_path_is_SLS6101()
    {
        var folder = Directory.CreateTempSubdirectory("serverlesssdk-two-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "A.csproj"), "<Project />");
            File.WriteAllText(Path.Combine(folder, "B.csproj"), "<Project />");

            Assert.Equal(Path.Combine(folder, "A.csproj"), FunctionProjectResolver.Resolve(Path.Combine(folder, "A.csproj"), "Debug"));
            Assert.Equal("SLS6101", Assert.Throws<ToolException>(() => FunctionProjectResolver.Resolve(Path.Combine(folder, "missing"), "Debug")).Diagnostic.Code);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
