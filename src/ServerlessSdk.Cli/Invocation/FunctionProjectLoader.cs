using ServerlessSdk.Cli.Output;
using ServerlessSdk.Cli.Projects;

namespace ServerlessSdk.Cli.Invocation;

/// <summary>The steps invoke and start-api share: find the project, evaluate it, build it, read its functions.</summary>
internal static class FunctionProjectLoader
{
    public static async Task<(FunctionTarget Target, FunctionCatalog Catalog)> LoadAsync(
        Terminal terminal, string? projectOption, string configuration, bool aot, bool noBuild, CancellationToken cancellationToken)
    {
        var path = FunctionProjectResolver.Resolve(projectOption, configuration);
        var project = ProjectEvaluator.Evaluate(path, configuration, aot ? ProjectBuilder.AotRuntimeIdentifier : null);
        if (!noBuild)
        {
            var builder = new ProjectBuilder(terminal);
            if (aot)
            {
                await builder.PublishAotAsync(project, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await builder.BuildAsync(project, cancellationToken).ConfigureAwait(false);
            }
        }

        var target = new FunctionTarget(project, aot);
        _ = target.Command(); // fails early, with its code, when there is nothing to run
        return (target, FunctionCatalog.Load(project.TargetPath, project.Name));
    }
}
