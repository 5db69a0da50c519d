namespace ServerlessSdk.Tooling.Diagnostics;

/// <summary>How serious a <see cref="ServerlessDiagnostic"/> is; hosts map it to their own levels.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The artifact would not work; the build fails.</summary>
    Error,

    /// <summary>The artifact works but something is likely wrong.</summary>
    Warning,

    /// <summary>Worth knowing; nothing to fix.</summary>
    Info,
}
