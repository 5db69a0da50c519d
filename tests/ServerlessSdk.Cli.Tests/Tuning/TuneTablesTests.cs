using ServerlessSdk.Cli.Tests.Infrastructure;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Cli.Tests.Tuning;

/// <summary>tune, for a function that uses a declared table: the table is there for every size, as for invoke and start-api.</summary>
public sealed class TuneTablesTests(TableFunctionCopy function) : IClassFixture<TableFunctionCopy>
{
    [CgroupFact]
    public void Tune_starts_dynalite_with_the_declared_table_and_the_function_stores_into_it_at_every_size()
    {
        var start = Tool.StartInfo(function.ProjectDirectory, "tune", "--memory", "1769,512", "--warm", "1", "--event", "-", "--json");
        start.Environment[Dynalite.ExecutableVariable] = DynaliteFixture.Executable;
        start.Environment.Remove(LocalAws.DynamoDbEndpointVariable);
        const string post = """
            {"version":"2.0","routeKey":"POST /items","rawPath":"/items","body":"stored by tune","isBase64Encoded":false,
             "requestContext":{"http":{"method":"POST","path":"/items"}}}
            """;

        var result = Tool.Run(start, post, TimeSpan.FromMinutes(15));

        // The function's PutItem fails without the table (or calls AWS without the endpoint), and tune then fails.
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        using var document = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Equal(2, document.RootElement.GetProperty("sizes").GetArrayLength());
    }

    [CgroupFact]
    public void Without_dynalite_or_an_endpoint_tune_says_how_to_install_it()
    {
        var start = Tool.StartInfo(function.ProjectDirectory, "tune", "--memory", "1769", "--warm", "1");
        start.Environment[Dynalite.ExecutableVariable] = "/nonexistent/dynalite";
        start.Environment.Remove(LocalAws.DynamoDbEndpointVariable);

        var result = Tool.Run(start, null, TimeSpan.FromMinutes(15));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(DiagnosticCodes.DynaliteNotInstalled, result.Codes);
    }
}
