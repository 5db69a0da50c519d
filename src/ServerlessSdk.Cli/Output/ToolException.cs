using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Output;

/// <summary>A failure of the tool itself (not of the user's function), carrying the coded diagnostic to print.</summary>
internal sealed class ToolException(ServerlessDiagnostic diagnostic) : Exception(diagnostic.Message)
{
    public ServerlessDiagnostic Diagnostic { get; } = diagnostic;

    public static ToolException Error(string code, string message, string? file = null) =>
        new(ServerlessDiagnostic.Error(code, message, file));
}
