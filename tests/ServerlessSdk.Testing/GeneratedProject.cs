using System.Text.RegularExpressions;

namespace ServerlessSdk.Testing;

/// <summary>What <c>dotnet new</c> wrote: a solution folder with src/&lt;name&gt; and, unless --no-tests, tests/&lt;name&gt;.Tests.</summary>
public sealed class GeneratedProject(string root, string name)
{
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

    public DotnetResult Build() => Dotnet.Run(Root, Environment, ["build", "-c", "Release", "-warnaserror", .. LoadTolerantBudgets.Arguments]);

    public DotnetResult Test() => Dotnet.Run(Root, Environment, "test", "-c", "Release", "--no-build");

    public DotnetResult Publish(string rid, params string[] extra) =>
        Dotnet.Run(FunctionDirectory, Environment, ["publish", "-c", "Release", "-r", rid, "-warnaserror", .. LoadTolerantBudgets.Arguments, .. extra]);

    /// <summary><c>dotnet publish</c> at the solution root, as a user who built there would type it.</summary>
    public DotnetResult PublishSolution(string rid) =>
        Dotnet.Run(Root, Environment, ["publish", "-c", "Release", "-r", rid, "-warnaserror", .. LoadTolerantBudgets.Arguments]);

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
        Evaluated([property], globalProperties)[property];

    /// <summary>
    /// Several properties in one evaluation (one <c>dotnet msbuild</c> with a <c>-getProperty</c> each, which prints
    /// them as JSON): each evaluation is a process start and seconds of MSBuild.
    /// </summary>
    public IReadOnlyDictionary<string, string> Evaluated(IReadOnlyList<string> properties, params string[] globalProperties)
    {
        var output = Dotnet.Run(FunctionDirectory, ["msbuild", FunctionProjectFile, .. properties.Select(p => $"-getProperty:{p}"), .. globalProperties.Select(p => $"-p:{p}")])
            .ShouldSucceed().Output.Trim();
        if (properties.Count == 1)
        {
            return new Dictionary<string, string> { [properties[0]] = output };
        }

        using var json = System.Text.Json.JsonDocument.Parse(output);
        return json.RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }

    private static Regex PropertyPattern(string property) => new($"<{property}(?: [^>]*)?>([^<]*)</{property}>");
}
