
namespace ServerlessSdk.EndToEndTests;

/// <summary>
/// Once per test run: packs the SDK into a local feed, builds and publishes the samples from it as user projects
/// (<see cref="SampleCopies"/>: <c>dotnet build</c>, then <c>dotnet publish -c Release -r linux-x64</c>), publishes
/// the test function (which references the runtime project) into a temporary folder, then the HelloApi sample
/// again for Lambda arm64 (<c>dotnet publish -r linux-arm64</c>, cross-compiled on an x64 machine).
/// </summary>
public sealed class PublishedFunctions : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("serverlesssdk-e2e-").FullName;

    public PublishedFunctions()
    {
        Feed = new LocalFeed();
        Samples = new SampleCopies(Feed);
        // Sequential: parallel builds of one project race, and the machine's cores are better spent on one compiler.
        HelloApiBuild = Samples.Build("HelloApi");
        OrderPipelineBuild = Samples.Build("OrderPipeline");
        // Read now: a publish for linux-arm64 rewrites infra/ for arm64 (the architecture follows the runtime identifier).
        BuiltInfrastructure = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["HelloApi"] = Samples.Infrastructure("HelloApi"),
            ["OrderPipeline"] = Samples.Infrastructure("OrderPipeline"),
        };
        HelloApi = PublishSample("HelloApi", "linux-x64", "x86_64");
        TestFunction = Publish("tests/ServerlessSdk.Runtime.TestFunction/ServerlessSdk.Runtime.TestFunction.csproj", "test-function");
        // Measured like any function: the probe runs each of its three functions with SERVERLESS_FUNCTION set.
        OrderPipeline = PublishSample("OrderPipeline", "linux-x64", "x86_64");
        // Last, and not thrown: a machine without the arm64 cross toolchain fails the arm64 tests, not every test.
        HelloApiArm64 = Attempt(() => PublishSample("HelloApi", "linux-arm64", "arm64"));
    }

    public LocalFeed Feed { get; }

    public SampleCopies Samples { get; }

    /// <summary><c>dotnet build -c Release</c> of the HelloApi sample (it ran before any publish).</summary>
    public DotnetResult HelloApiBuild { get; }

    /// <summary><c>dotnet build -c Release</c> of the OrderPipeline sample (it ran before any publish).</summary>
    public DotnetResult OrderPipelineBuild { get; }

    /// <summary>Each sample's infra/ files by name, as its <c>dotnet build</c> wrote them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> BuiltInfrastructure { get; }

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

    public void Dispose()
    {
        Samples.Dispose();
        Feed.Dispose();
        Directory.Delete(_root, recursive: true);
    }

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

    private Published PublishSample(string sample, string runtimeIdentifier, string architecture, params string[] extra)
    {
        var result = Samples.Publish(sample, runtimeIdentifier, extra);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{result.Command} ({sample}) failed ({result.ExitCode}):\n{result.Output}");
        }

        var output = Samples.OutputDirectory(sample, runtimeIdentifier);
        return new Published(Path.Combine(output, "publish", "bootstrap"), result.Output, Path.Combine(output, $"{sample}-{architecture}.zip"));
    }

    private Published Publish(string project, string name, string runtimeIdentifier = "linux-x64")
    {
        var output = Path.Combine(_root, name);
        var result = Dotnet.Run(Repository.Root, "publish", Path.Combine(Repository.Root, project), "-c", "Release", "-r", runtimeIdentifier, "-o", output);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {project} -r {runtimeIdentifier} failed ({result.ExitCode}):\n{result.Output}");
        }

        return new Published(Path.Combine(output, "bootstrap"), result.Output, null);
    }
}

/// <summary>A published function: its bootstrap, what publish printed and, for a sample, the Lambda zip it wrote.</summary>
public sealed record Published(string Bootstrap, string PublishLog, string? Zip);

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
