using Microsoft.Build.Locator;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Projects;

/// <summary>
/// Loads the MSBuild of the .NET SDK that the user's project would build with (its global.json decides), so
/// evaluation sees exactly the properties <c>dotnet build</c> sees. Must run before any MSBuild type is touched:
/// this class uses none, and <see cref="ProjectEvaluator"/> keeps them out of its callers.
/// </summary>
internal static class MsBuildHost
{
    private static readonly Lock Gate = new();

    public static void EnsureRegistered(string workingDirectory)
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return;
            }

            var instance = MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions
            {
                DiscoveryTypes = DiscoveryType.DotNetSdk,
                WorkingDirectory = workingDirectory,
            }).FirstOrDefault() ?? throw ToolException.Error(
                DiagnosticCodes.ProjectEvaluationFailed,
                $"No .NET SDK was found for {workingDirectory}: install the SDK its global.json asks for (or the one the project targets) and try again.");
            MSBuildLocator.RegisterInstance(instance);
        }
    }

    /// <summary>
    /// The locator points MSBuild at its SDK through environment variables; child <c>dotnet</c> processes must
    /// pick their SDK themselves, so these are removed from their environment.
    /// </summary>
    public static IReadOnlyList<string> LocatorVariables { get; } = ["MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath"];
}
