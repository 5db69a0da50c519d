using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ServerlessSdk.Functions.Tests.Azure;

/// <summary>Publishes the Azure test app Native AOT once (linux-x64), as a user's publish would.</summary>
public sealed class PublishedHandler : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("serverlesssdk-azure-aot-").FullName;

    public PublishedHandler()
    {
        var project = Path.Combine(CustomHandlerProcess.RepositoryRoot(), "tests/ServerlessSdk.Functions.AzureTestFunction/ServerlessSdk.Functions.AzureTestFunction.csproj");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", "Release", "-r", "linux-x64", "-o", _output, "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        Log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Log += stderr.Result;
        ExitCode = process.ExitCode;
    }

    public string Log { get; }

    public int ExitCode { get; }

    public string Executable => Path.Combine(_output, "handler");

    public void Dispose() => Directory.Delete(_output, recursive: true);
}

/// <summary>The Native AOT executable the Functions host starts: published without trim/AOT warnings, and serving the protocol.</summary>
public sealed class NativeAotHandlerTests(PublishedHandler published) : IClassFixture<PublishedHandler>
{
    [Fact]
    public void Publishing_the_azure_app_native_aot_reports_no_trim_or_aot_warnings()
    {
        Assert.True(published.ExitCode == 0, published.Log);
        Assert.DoesNotMatch(@"warning IL\d{4}", published.Log);
        Assert.True(File.Exists(published.Executable));
    }

    [Fact]
    public async Task The_native_handler_serves_a_proxied_route_and_a_queue_invocation()
    {
        Assert.True(published.ExitCode == 0, published.Log);
        using var handler = CustomHandlerProcess.Start(executable: published.Executable);

        using var route = await handler.Client.GetAsync("api/items/42");
        Assert.Equal(HttpStatusCode.OK, route.StatusCode);
        Assert.Equal("""{"id":42}""", await route.Content.ReadAsStringAsync());

        using var request = new HttpRequestMessage(HttpMethod.Post, "ProcessOrder") { Content = new StringContent("""{"Data":{"message":"native"},"Metadata":{"DequeueCount":1}}""", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Azure-Functions-InvocationId", "aot-1");
        using var invocation = await handler.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, invocation.StatusCode);
        var logs = JsonDocument.Parse(await invocation.Content.ReadAsStringAsync()).RootElement.GetProperty("Logs");
        var line = JsonDocument.Parse(Assert.Single(logs.EnumerateArray()).GetString()!).RootElement;
        Assert.Equal("aot-1", line.GetProperty("InvocationId").GetString());
        Assert.Equal("native", line.GetProperty("Body").GetString());

        handler.Terminate();
        Assert.True(handler.WaitForExit(TimeSpan.FromSeconds(15)));
        Assert.Equal(0, handler.Process.ExitCode);
    }
}
