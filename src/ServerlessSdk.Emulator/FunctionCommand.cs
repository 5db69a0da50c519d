using ServerlessSdk.Emulator.Internal;

namespace ServerlessSdk.Emulator;

/// <summary>How to start a function: a Native AOT <c>bootstrap</c>, <c>dotnet Function.dll</c>, or any command.</summary>
public sealed record FunctionCommand
{
    private static readonly IReadOnlyDictionary<string, string> NoVariables = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The program to execute (absolute path, or a name looked up on the function's <c>PATH</c>).</summary>
    public required string FileName { get; init; }

    /// <summary>The arguments, passed as-is (no shell).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>The folder holding the function: <c>LAMBDA_TASK_ROOT</c> and the working directory.</summary>
    public required string TaskRoot { get; init; }

    /// <summary>
    /// Variables the program itself needs in order to start, applied over the Lambda environment (for
    /// <see cref="DotnetDll"/>: <c>DOTNET_ROOT</c>, and a <c>PATH</c> that finds <c>dotnet</c> first).
    /// </summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = NoVariables;

    /// <summary>
    /// An executable, such as a Native AOT <c>bootstrap</c> or an interpreter with a script. Like the cold-start
    /// harness, words naming existing files become absolute paths and the folder of the last of them is the task root.
    /// </summary>
    /// <param name="path">The executable.</param>
    /// <param name="arguments">Its arguments.</param>
    public static FunctionCommand Executable(string path, params string[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(arguments);
        var words = new[] { path }.Concat(arguments).Select(w => File.Exists(w) ? Path.GetFullPath(w) : w).ToArray();
        var lastFile = words.LastOrDefault(w => Path.IsPathFullyQualified(w) && File.Exists(w)) ?? Path.GetFullPath(path);
        return new FunctionCommand
        {
            FileName = words[0],
            Arguments = words[1..],
            TaskRoot = Path.GetDirectoryName(lastFile) ?? Directory.GetCurrentDirectory(),
        };
    }

    /// <summary>
    /// <c>dotnet Function.dll</c>, using the <c>dotnet</c> running this process, else <c>DOTNET_HOST_PATH</c>,
    /// else the first <c>dotnet</c> on <c>PATH</c>. The task root is the folder of the dll.
    /// </summary>
    /// <param name="dllPath">The function's entry assembly.</param>
    /// <param name="arguments">Further arguments after the dll.</param>
    public static FunctionCommand DotnetDll(string dllPath, params string[] arguments)
    {
        ArgumentException.ThrowIfNullOrEmpty(dllPath);
        ArgumentNullException.ThrowIfNull(arguments);
        var dll = Path.GetFullPath(dllPath);
        var dotnet = DotnetHost.Resolve();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Path.GetDirectoryName(dotnet) is { Length: > 0 } dotnetRoot)
        {
            // An empty environment is enough for the muxer itself; these keep child processes and apphosts working.
            variables["DOTNET_ROOT"] = dotnetRoot;
            variables["PATH"] = $"{dotnetRoot}{Path.PathSeparator}{LambdaEnvironment.DefaultPath}";
        }

        return new FunctionCommand
        {
            FileName = dotnet,
            Arguments = [dll, .. arguments],
            TaskRoot = Path.GetDirectoryName(dll)!,
            HostEnvironment = variables,
        };
    }

    /// <summary>The command line, for messages.</summary>
    public override string ToString() => string.Join(' ', new[] { FileName }.Concat(Arguments).Select(Quote));

    private static string Quote(string word) => word.Length > 0 && !word.Any(char.IsWhiteSpace) ? word : $"\"{word}\"";
}
