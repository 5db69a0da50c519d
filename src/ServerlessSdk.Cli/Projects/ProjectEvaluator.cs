using System.Runtime.CompilerServices;
using Microsoft.Build.Evaluation;
using Microsoft.Build.Exceptions;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Projects;

/// <summary>Evaluates a project with the SDK's MSBuild (loaded by <see cref="MsBuildHost"/>).</summary>
internal static class ProjectEvaluator
{
    private static readonly string[] SdkPackages = ["ServerlessSdk.Runtime", "ServerlessSdk.Build", "ServerlessSdk.Functions"];

    /// <summary>Evaluates <paramref name="projectPath"/>; for Native AOT pass the RID it is published for.</summary>
    public static EvaluatedProject Evaluate(string projectPath, string configuration, string? runtimeIdentifier = null)
    {
        MsBuildHost.EnsureRegistered(Path.GetDirectoryName(projectPath)!);
        return EvaluateCore(projectPath, configuration, runtimeIdentifier);
    }

    // Not inlined: compiling a caller must not load Microsoft.Build before the locator has registered it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static EvaluatedProject EvaluateCore(string projectPath, string configuration, string? runtimeIdentifier)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Configuration"] = configuration };
        if (runtimeIdentifier is not null)
        {
            properties["RuntimeIdentifier"] = runtimeIdentifier;
        }

        using var collection = new ProjectCollection(properties);
        try
        {
            var project = collection.LoadProject(projectPath);
            if (project.GetPropertyValue("TargetFramework").Length == 0
                && project.GetPropertyValue("TargetFrameworks").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..])
            {
                // Multi-targeting: a function runs on one framework; take the first, as `dotnet run` asks you to.
                collection.UnloadAllProjects();
                properties["TargetFramework"] = first;
                project = new Project(projectPath, properties, toolsVersion: null, collection);
            }

            string Get(string name) => project.GetPropertyValue(name);
            var directory = Path.GetDirectoryName(projectPath)!;

            // Evaluated paths keep MSBuild's backslashes (bin\Debug/...); tasks normalise them, and so must we.
            string FullPath(string value) => Path.GetFullPath(value.Replace('\\', Path.DirectorySeparatorChar), directory);
            var references = project.GetItems("PackageReference").Select(i => i.EvaluatedInclude)
                .Concat(project.GetItems("ProjectReference").Select(i => Path.GetFileNameWithoutExtension(i.EvaluatedInclude)))
                .Concat(project.GetItems("Reference").Select(i => AssemblyName(i.EvaluatedInclude)));
            return new EvaluatedProject(
                Path.GetFullPath(projectPath),
                Get("MSBuildProjectName"),
                configuration,
                runtimeIdentifier,
                FullPath(Get("TargetPath")),
                FullPath(Get("TargetDir")),
                Get("TargetName"),
                FullPath(Get("PublishDir")),
                Get("ServerlessPackageOutputPath") is { Length: > 0 } zipFolder ? FullPath(zipFolder) : null,
                Get("ServerlessStartupEvent") is { Length: > 0 } startupEvent ? startupEvent : null,
                // A .NET tool or a test host is an executable too, but never a function.
                string.Equals(Get("OutputType"), "Exe", StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(Get("PackAsTool"), "true", StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(Get("IsTestProject"), "true", StringComparison.OrdinalIgnoreCase),
                references.Any(r => SdkPackages.Contains(r, StringComparer.OrdinalIgnoreCase)),
                Get("ServerlessPlatform") is { Length: > 0 } platform ? platform.Trim().ToLowerInvariant() : "aws",
                // The build's default, as ServerlessSdk.Build.targets resolves it.
                FullPath(Get("ServerlessAzureAppPath") is { Length: > 0 } appPath ? appPath : "functionapp"));
        }
        catch (InvalidProjectFileException ex)
        {
            throw ToolException.Error(DiagnosticCodes.ProjectEvaluationFailed, $"MSBuild cannot evaluate the project: {ex.BaseMessage}", projectPath);
        }
    }

    /// <summary>A Reference's assembly name: <c>Name</c>, <c>Name, Version=...</c> or a path to <c>Name.dll</c>.</summary>
    private static string AssemblyName(string include)
    {
        var name = Path.GetFileName(include.Split(',')[0].Trim());
        return name.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
    }
}
