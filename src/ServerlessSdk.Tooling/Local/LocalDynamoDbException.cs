using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.Local;

/// <summary>The local DynamoDB could not be found, started or prepared; <see cref="Diagnostic"/> says which and why.</summary>
public sealed class LocalDynamoDbException(ServerlessDiagnostic diagnostic, Exception? inner = null)
    : Exception(diagnostic.Message, inner)
{
    /// <summary>The coded error to print (SLS6150–SLS6159).</summary>
    public ServerlessDiagnostic Diagnostic { get; } = diagnostic;
}
