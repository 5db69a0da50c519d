using System.Runtime.CompilerServices;

namespace ServerlessSdk.Tooling.Tests.Infrastructure;

/// <summary>
/// The probe reads <c>SERVERLESS_AZURITE</c> from the process, as in a user's build: point it at the repository's
/// install when the run (build/test.sh exports it) does not.
/// </summary>
internal static class AzuriteEnvironment
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ServerlessSdk.Tooling.Local.Azurite.ExecutableVariable)))
        {
            Environment.SetEnvironmentVariable(ServerlessSdk.Tooling.Local.Azurite.ExecutableVariable, ServerlessSdk.Testing.Azurite.Folder);
        }
    }
}
