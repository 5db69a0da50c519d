using System.Net.Http.Headers;
using System.Text;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Local;

namespace ServerlessSdk.Tooling.Tests.Local;

public sealed class DynaliteTests
{
    [Fact]
    public async Task Answers_the_DynamoDB_API_on_loopback_and_stops_on_dispose()
    {
        Uri endpoint;
        using (var dynalite = new DynaliteFixture())
        {
            endpoint = dynalite.Endpoint;
            Assert.Equal("127.0.0.1", endpoint.Host);
            using var response = await ListTables(endpoint);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            Assert.Contains("TableNames", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => ListTables(endpoint));
    }

    [Fact]
    public void Two_instances_get_different_ports()
    {
        using var first = new DynaliteFixture();
        using var second = new DynaliteFixture();
        Assert.NotEqual(first.Endpoint.Port, second.Endpoint.Port);
    }

    [Fact]
    public void Locate_prefers_the_variable_then_PATH()
    {
        var folder = Directory.CreateTempSubdirectory("dynalite-path-");
        try
        {
            var onPath = Path.Combine(folder.FullName, "dynalite");
            File.WriteAllText(onPath, "");
            Assert.Equal(onPath, Dynalite.Locate(name => name == "PATH" ? "/nonexistent" + Path.PathSeparator + folder.FullName : null));
            Assert.Equal(DynaliteFixture.Executable, Dynalite.Locate(name => name switch
            {
                Dynalite.ExecutableVariable => DynaliteFixture.Executable,
                "PATH" => folder.FullName,
                _ => null,
            }));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("/nonexistent/dynalite", "/usr/bin")]
    [InlineData(null, "/nonexistent")]
    public void Locate_reports_a_missing_install(string? variable, string path)
    {
        var error = Assert.Throws<LocalDynamoDbException>(() =>
            Dynalite.Locate(name => name == Dynalite.ExecutableVariable ? variable : name == "PATH" ? path : null));
        Assert.Equal(DiagnosticCodes.DynaliteNotInstalled, error.Diagnostic.Code);
    }

    [Fact]
    public void An_executable_that_never_listens_is_reported()
    {
        var error = Assert.Throws<LocalDynamoDbException>(() => Dynalite.Start("/bin/false"));
        Assert.Equal(DiagnosticCodes.DynaliteDidNotStart, error.Diagnostic.Code);
    }

    [Fact]
    public void A_file_that_cannot_be_run_is_reported_as_not_installed()
    {
        var file = Path.GetTempFileName();
        try
        {
            var error = Assert.Throws<LocalDynamoDbException>(() => Dynalite.Start(file));
            Assert.Equal(DiagnosticCodes.DynaliteNotInstalled, error.Diagnostic.Code);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<HttpResponseMessage> ListTables(Uri endpoint)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent("{}", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.Add("X-Amz-Target", "DynamoDB_20120810.ListTables");
        // dynalite checks that a SigV4 header is there, not the signature.
        request.Headers.TryAddWithoutValidation("Authorization",
            "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0");
        request.Headers.Add("X-Amz-Date", "20260101T000000Z");
        return await client.SendAsync(request);
    }
}
