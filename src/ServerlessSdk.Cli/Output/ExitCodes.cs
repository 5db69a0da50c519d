namespace ServerlessSdk.Cli.Output;

/// <summary>The tool's exit codes (docs/cli.md): scripts tell a failing function from a failing tool.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked (for invoke: the function answered with a response).</summary>
    public const int Success = 0;

    /// <summary>The function failed: an error response, an init error, a crash or a timeout; or report found an exceeded budget or failed measurement.</summary>
    public const int FunctionFailed = 1;

    /// <summary>The tool could not do what was asked: an SLS61xx diagnostic, or a command-line mistake.</summary>
    public const int ToolError = 2;
}
