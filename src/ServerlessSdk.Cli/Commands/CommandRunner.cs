using ServerlessSdk.Cli.Output;

namespace ServerlessSdk.Cli.Commands;

/// <summary>Runs a command body and turns a <see cref="ToolException"/> into its printed diagnostic and exit code 2.</summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(Terminal terminal, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (ToolException ex)
        {
            terminal.Diagnostic(ex.Diagnostic);
            return ExitCodes.ToolError;
        }
    }
}
