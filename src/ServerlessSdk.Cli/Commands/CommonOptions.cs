using System.CommandLine;

namespace ServerlessSdk.Cli.Commands;

/// <summary>Options several commands share, spelled the way the dotnet CLI spells them.</summary>
internal static class CommonOptions
{
    public static Option<string?> Project() => new("--project", "-p")
    {
        Description = "The function's project file, or its folder (default: the current folder).",
    };

    public static Option<string> Configuration(string defaultValue) => new("--configuration", "-c")
    {
        Description = "The build configuration.",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<bool> Aot() => new("--aot")
    {
        Description = "Publish with Native AOT for linux-x64 and run the bootstrap, as Lambda would.",
    };

    public static Option<bool> NoBuild() => new("--no-build")
    {
        Description = "Run what was built last; do not build first.",
    };

    /// <summary>
    /// The global <c>--verbose</c>: one instance, added to the root command and recursive, so every command accepts
    /// it and <see cref="CommandRunner"/> reads it.
    /// </summary>
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print the stack trace of an unexpected failure (SLS6199).",
        Recursive = true,
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Write one JSON document to stdout, for machines.",
    };
}
