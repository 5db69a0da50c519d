namespace ServerlessSdk.Tooling.Diagnostics;

/// <summary>
/// One finding reported by any ServerlessSdk tool. Hosts (MSBuild tasks, the CLI) render it; tests assert
/// <see cref="Code"/>, never <see cref="Message"/>.
/// </summary>
/// <param name="Code">A stable code <c>SLS</c> + four digits, listed in <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">Whether the build fails.</param>
/// <param name="Message">One line: what is wrong and what to do about it.</param>
/// <param name="File">The file the finding is about, when there is one.</param>
public sealed record ServerlessDiagnostic(string Code, DiagnosticSeverity Severity, string Message, string? File = null)
{
    /// <summary>An error about <paramref name="file"/>.</summary>
    public static ServerlessDiagnostic Error(string code, string message, string? file = null) =>
        new(code, DiagnosticSeverity.Error, message, file);

    /// <summary>A warning about <paramref name="file"/>.</summary>
    public static ServerlessDiagnostic Warning(string code, string message, string? file = null) =>
        new(code, DiagnosticSeverity.Warning, message, file);

    /// <summary>The canonical compiler-style line (<c>file: error SLS5001: message</c>) that IDEs and CI logs recognise.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var prefix = string.IsNullOrEmpty(File) ? string.Empty : File + ": ";
        return $"{prefix}{severity} {Code}: {Message}";
    }
}
