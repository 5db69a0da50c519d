using Microsoft.Build.Framework;

namespace ServerlessSdk.Build.Hosting;

/// <summary>
/// Runs one of the package's tasks in the MSBuild node, given its parameters as argument items (item spec the
/// parameter's name, metadata <c>Value</c> its value). The targets call every task this way; where the node cannot
/// load this assembly (.NET Framework MSBuild) or <c>ServerlessTaskHost=OutOfProcess</c>, the same-named task of
/// ServerlessSdk.Build.OutOfProcess takes the same items and runs the task in a <c>dotnet</c> process instead.
/// </summary>
public sealed class ServerlessRunTask : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private ICancelableTask? _running;

    /// <summary>The task's class name, e.g. <c>ServerlessMeasure</c>.</summary>
    [Required]
    public string TaskName { get; set; } = string.Empty;

    /// <summary>The task's parameters.</summary>
    public ITaskItem[] Arguments { get; set; } = [];

    /// <inheritdoc/>
    public void Cancel() => _running?.Cancel();

    /// <inheritdoc/>
    public override bool Execute()
    {
        var task = TaskInvocation.Prepare(TaskName, HostProtocol.Arguments(Arguments), BuildEngine);
        if (task is null)
        {
            return false;
        }

        _running = task as ICancelableTask;
        return task.Execute();
    }
}
