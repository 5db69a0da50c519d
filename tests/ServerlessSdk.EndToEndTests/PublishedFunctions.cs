using System.Diagnostics;

namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// Publishes the sample and the test function with Native AOT once per test run, into a temporary folder,
/// exactly as a user would (<c>dotnet publish -r linux-x64</c>), then the sample again for Lambda arm64
/// (<c>dotnet publish -r linux-arm64</c>, cross-compiled on an x64 machine).
/// </summary>
public sealed class PublishedFunctions : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-e2e-").FullName;

    public PublishedFunctions()
    {
        // Sequential: both reference the runtime project, and parallel builds of one project race.
        HelloApi = Publish("samples/HelloApi/HelloApi.csproj", "hello");
        TestFunction = Publish("tests/ServerlessSdk.Runtime.TestFunction/ServerlessSdk.Runtime.TestFunction.csproj", "test-function");
        OrderPipeline = Publish("samples/OrderPipeline/OrderPipeline.csproj", "order-pipeline");
        // Last, and not thrown: a machine without the arm64 cross toolchain fails the arm64 tests, not every test.
        HelloApiArm64 = Attempt(() => Publish("samples/HelloApi/HelloApi.csproj", "hello-arm64", "linux-arm64"));
    }

    public Published HelloApi { get; }

    public Published TestFunction { get; }

    /// <summary>Three declared event functions in one bootstrap, selected with SERVERLESS_FUNCTION.</summary>
    public Published OrderPipeline { get; }

    /// <summary>The sample published for linux-arm64, or why that failed (<see cref="PublishAttempt.Require"/> fails the test).</summary>
    public PublishAttempt HelloApiArm64 { get; }

    /// <summary>The JIT build of the test function, as the build-time probe runs it (<c>dotnet bootstrap.dll</c>).</summary>
    public string TestFunctionDll => Path.Combine(Repository.Root, $"tests/ServerlessSdk.Runtime.TestFunction/bin/{Configuration}/net10.0/bootstrap.dll");

    private static string Configuration => typeof(PublishedFunctions).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static PublishAttempt Attempt(Func<Published> publish)
    {
        try
        {
            return new PublishAttempt(publish(), null);
        }
        catch (InvalidOperationException ex)
        {
            var hint = ex.Message.Contains("SLS5050", StringComparison.Ordinal)
                ? "This machine lacks the arm64 cross toolchain: run build/install-arm64-prerequisites.sh (as root, or with sudo).\n"
                : string.Empty;
            return new PublishAttempt(null, hint + ex.Message);
        }
    }

    private Published Publish(string project, string name, string runtimeIdentifier = "linux-x64")
    {
        var output = Path.Combine(_root, name);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", Path.Combine(Repository.Root, project), "-c", "Release", "-r", runtimeIdentifier, "-o", output, "-nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        log += stderr.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} -r {runtimeIdentifier} failed ({process.ExitCode}):\n{log}");
        }

        return new Published(Path.Combine(output, "bootstrap"), log);
    }
}

public sealed record Published(string Bootstrap, string PublishLog);

/// <summary>A publish that may have failed, kept so that only the tests needing it fail.</summary>
public sealed record PublishAttempt(Published? Function, string? Failure)
{
    /// <summary>The published function; fails the calling test with the publish log when publishing failed.</summary>
    public Published Require()
    {
        if (Function is null)
        {
            Assert.Fail(Failure ?? "publishing failed");
        }

        return Function;
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedFunctionsCollection : ICollectionFixture<PublishedFunctions>
{
    public const string Name = "published functions";
}
