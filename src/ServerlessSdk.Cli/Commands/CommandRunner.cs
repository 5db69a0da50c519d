using System.CommandLine;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Commands;

/// <summary>
/// Runs a command body: a <see cref="ToolException"/> becomes its printed diagnostic, and anything unexpected becomes
/// one SLS6199 line (the stack trace only with <c>--verbose</c>), both with exit code 2. A user never sees a trace
/// they did not ask for.
/// </summary>
internal static class CommandRunner
{
    /// <summary>
    /// Test hook: set to a command's name, that command throws before doing anything, so the tests can check what an
    /// unexpected failure looks like without planting a real bug. Nothing else reads it.
    /// </summary>
    internal const string FailureHookVariable = "SERVERLESS_CLI_TEST_UNEXPECTED_FAILURE";

    public static async Task<int> RunAsync(Terminal terminal, ParseResult result, CancellationToken cancellationToken, Func<Task<int>> body)
    {
        var command = result.CommandResult.Command.Name;
        try
        {
            if (Environment.GetEnvironmentVariable(FailureHookVariable) == command)
            {
                throw new InvalidOperationException($"Failure forced by {FailureHookVariable}.");
            }

            return await body().ConfigureAwait(false);
        }
        catch (ToolException ex)
        {
            terminal.Diagnostic(ex.Diagnostic);
            return ExitCodes.ToolError;
        }
        // A cancellation the user asked for (Ctrl+C, SIGTERM) propagates: System.CommandLine answers it, as before.
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return Unexpected(terminal, $"dotnet serverless {command}", ex, result.GetValue(CommonOptions.Verbose));
        }
    }

    /// <summary>Prints SLS6199 for <paramref name="ex"/> (and its stack trace when <paramref name="verbose"/>); returns exit code 2.</summary>
    public static int Unexpected(Terminal terminal, string what, Exception ex, bool verbose)
    {
        if (verbose)
        {
            terminal.ErrorLine(ex.ToString());
        }

        var hint = verbose ? "the stack trace is above" : "run it again with --verbose for the stack trace";
        terminal.Diagnostic(ServerlessDiagnostic.Error(DiagnosticCodes.ToolFailedUnexpectedly,
            $"{what} failed unexpectedly: {ex.GetType().Name}: {OneLine(ex.Message)} This is a bug in the tool: {hint}, and report it."));
        return ExitCodes.ToolError;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
