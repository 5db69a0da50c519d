using ServerlessSdk.Cli.Output;
using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Cli.Projects;

/// <summary>
/// The one function project <c>invoke</c> and <c>start-api</c> mean by <c>--project</c> (or the current folder): a
/// project file; a folder holding one project file; else the single function project of a solution (.sln, .slnx)
/// or below a folder, found the way <c>report</c> finds them (<see cref="ProjectLocator.FindAll"/>), so a command
/// run at the solution root, where the template's README has you build, works.
/// </summary>
internal static class FunctionProjectResolver
{
    public static string Resolve(string? path, string configuration)
    {
        var full = Path.GetFullPath(string.IsNullOrEmpty(path) ? Directory.GetCurrentDirectory() : path);
        if (File.Exists(full) && ProjectLocator.IsProjectFile(full))
        {
            return full;
        }

        if (Directory.Exists(full) && Directory.EnumerateFiles(full).Where(ProjectLocator.IsProjectFile).ToList() is [var only])
        {
            // As dotnet build resolves a folder: its one project, function or not (evaluation says which later).
            return only;
        }

        var candidates = ProjectLocator.FindAll(full);
        var functions = new List<string>();
        foreach (var candidate in candidates)
        {
            try
            {
                if (ProjectEvaluator.Evaluate(candidate, configuration).IsFunction)
                {
                    functions.Add(candidate);
                }
            }
            catch (ToolException) when (candidates.Count > 1)
            {
                // A project MSBuild cannot evaluate is not the function meant; the others still may be.
            }
        }

        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        return functions switch
        {
            [var function] => function,
            [] => throw ToolException.Error(DiagnosticCodes.ProjectNotFound,
                $"'{full}' holds no function project ({candidates.Count} project(s) looked at); run the command in the function's folder or pass --project with its .csproj."),
            _ => throw ToolException.Error(DiagnosticCodes.ProjectAmbiguous,
                $"'{full}' holds several function projects ({string.Join(", ", functions.Select(f => Path.GetRelativePath(folder, f)))}); pass one with --project."),
        };
    }
}
