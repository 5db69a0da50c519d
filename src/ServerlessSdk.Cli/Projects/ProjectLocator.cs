using System.Runtime.CompilerServices;
using Microsoft.Build.Construction;
using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Projects;

/// <summary>Finds every project of a solution or under a folder (<see cref="FunctionProjectResolver"/> picks the function among them).</summary>
internal static class ProjectLocator
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git", "artifacts"];

    /// <summary>Every project of a solution (.sln, .slnx), or every project file below a folder (bin/obj skipped).</summary>
    public static IReadOnlyList<string> FindAll(string? path)
    {
        var full = Path.GetFullPath(string.IsNullOrEmpty(path) ? Directory.GetCurrentDirectory() : path);
        if (File.Exists(full))
        {
            if (IsProjectFile(full))
            {
                return [full];
            }

            if (full.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || full.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
            {
                MsBuildHost.EnsureRegistered(Path.GetDirectoryName(full)!);
                return SolutionProjects(full);
            }
        }

        if (!Directory.Exists(full))
        {
            throw ToolException.Error(DiagnosticCodes.ProjectNotFound, $"There is no solution, project or folder at '{full}'.");
        }

        return [.. Walk(full).Order(StringComparer.Ordinal)];
    }

    public static bool IsProjectFile(string path) =>
        ProjectExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    // Not inlined: SolutionFile is an MSBuild type, loaded only after the locator registered MSBuild.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<string> SolutionProjects(string solution)
    {
        try
        {
            return [.. SolutionFile.Parse(solution).ProjectsInOrder
                .Where(p => p.ProjectType != SolutionProjectType.SolutionFolder && IsProjectFile(p.AbsolutePath) && File.Exists(p.AbsolutePath))
                .Select(p => Path.GetFullPath(p.AbsolutePath))];
        }
        catch (Exception ex) when (ex is Microsoft.Build.Exceptions.InvalidProjectFileException or IOException)
        {
            throw ToolException.Error(DiagnosticCodes.ProjectEvaluationFailed, $"The solution cannot be read: {ex.Message}", solution);
        }
    }

    private static IEnumerable<string> Walk(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Where(IsProjectFile))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (SkippedFolders.Contains(Path.GetFileName(child), StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var file in Walk(child))
            {
                yield return file;
            }
        }
    }
}
