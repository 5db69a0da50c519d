using System.Text.RegularExpressions;

namespace ServerlessSdk.Testing;

/// <summary>What <c>dotnet new</c> wrote: a solution folder with src/&lt;name&gt; and, unless --no-tests, tests/&lt;name&gt;.Tests.</summary>
public sealed class GeneratedProject(string root, string name)
{
    /// <summary>
    /// Test runs share a 2-core machine with other builds: a loaded machine measured the JIT build's cold start at
    /// 2.7 s (budget 1.5 s) and a Native AOT one at 116 ms (budget 100 ms). A breach there is about the machine, not
    /// the template, so builds and publishes here get a cold start budget no template could breach; every other
    /// budget stays the template's. Budget enforcement itself is tested in ServerlessSdk.Build.Tests.
    /// </summary>
    private const string LoadTolerantColdStartBudget = "-p:ServerlessBuildColdStartBudget=60000";

    private const string LoadTolerantPublishColdStartBudget = "-p:ServerlessPublishColdStartBudget=60000";

    public string Root { get; } = root;

    public string Name { get; } = name;

    public string FunctionDirectory => Path.Combine(Root, "src", Name);

    public string FunctionProjectFile => Path.Combine(FunctionDirectory, $"{Name}.csproj");

    public string TestsDirectory => Path.Combine(Root, "tests", $"{Name}.Tests");

    /// <summary>Where the build writes the infrastructure (ServerlessIaCOutputPath is infra in every template).</summary>
    public string IaCFolder => Path.Combine(FunctionDirectory, "infra");

    /// <summary>The infrastructure files the build wrote.</summary>
    public IReadOnlySet<string> IaCFiles =>
        Directory.Exists(IaCFolder) ? Directory.EnumerateFiles(IaCFolder).Select(f => Path.GetFileName(f)!).ToHashSet() : new HashSet<string>();

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary><c>dotnet build</c> of the whole solution, every warning an error, so success means zero warnings.</summary>
    /// <summary>
    /// The repository's dynalite and Azurite for what starts one: the probe of a function that declares tables or has a queue trigger, and
    /// the generated integration tests (a user installs them with npm install --global dynalite azurite).
    /// </summary>
    private static Dictionary<string, string> Environment => new()
    {
        [Tooling.Local.Dynalite.ExecutableVariable] = DynaliteFixture.Executable,
        // The probe's local Azure Storage (an Azure queue function, declared tables).
        [Tooling.Local.Azurite.ExecutableVariable] = Azurite.Folder,
        // The serverless-api --platform azure integration tests' Table service (AzuriteTables.cs in the template).
        ["SERVERLESS_AZURITE_TABLE"] = Azurite.Executable("table"),
    };

    public DotnetResult Build() => Dotnet.Run(Root, Environment, "build", "-c", "Release", "-warnaserror", LoadTolerantColdStartBudget, LoadTolerantPublishColdStartBudget);

    public DotnetResult Test() => Dotnet.Run(Root, Environment, "test", "-c", "Release", "--no-build");

    public DotnetResult Publish(string rid, params string[] extra) =>
        Dotnet.Run(FunctionDirectory, Environment, ["publish", "-c", "Release", "-r", rid, "-warnaserror", LoadTolerantColdStartBudget, LoadTolerantPublishColdStartBudget, .. extra]);

    /// <summary><c>dotnet publish</c> at the solution root, as a user who built there would type it.</summary>
    public DotnetResult PublishSolution(string rid) =>
        Dotnet.Run(Root, Environment, "publish", "-c", "Release", "-r", rid, "-warnaserror", LoadTolerantColdStartBudget, LoadTolerantPublishColdStartBudget);

    public string PublishedBootstrap(string rid) => Path.Combine(FunctionDirectory, "bin", "Release", "net10.0", rid, "publish", "bootstrap");

    public string Zip(string rid, string architecture) => Path.Combine(FunctionDirectory, "bin", "Release", "net10.0", rid, $"{Name}-{architecture}.zip");

    /// <summary>The value of an MSBuild property as the function's project file sets it (the first, unconditional or not).</summary>
    public string? Property(string property) =>
        PropertyPattern(property).Match(File.ReadAllText(FunctionProjectFile)) is { Success: true } match ? match.Groups[1].Value : null;

    /// <summary>
    /// The value MSBuild evaluates for a property of the function's project (<c>dotnet msbuild -getProperty</c>),
    /// with any <paramref name="globalProperties"/> (<c>Name=value</c>) set as on a command line.
    /// </summary>
    public string Evaluated(string property, params string[] globalProperties) =>
        Dotnet.Run(FunctionDirectory, ["msbuild", FunctionProjectFile, $"-getProperty:{property}", .. globalProperties.Select(p => $"-p:{p}")]).ShouldSucceed().Output.Trim();

    private static Regex PropertyPattern(string property) => new($"<{property}(?: [^>]*)?>([^<]*)</{property}>");
}
