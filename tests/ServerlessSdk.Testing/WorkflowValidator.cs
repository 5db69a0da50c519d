using System.Diagnostics;

namespace ServerlessSdk.Testing;

/// <summary>
/// action-validator (build/action-validator, installed by build/install-action-validator.sh, which build/test.sh
/// runs): checks a GitHub Actions workflow against the workflow schema, offline. A missing install is an error.
/// </summary>
public static class WorkflowValidator
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    public static string Executable => Path.Combine(Repository.Root, "build", "action-validator", "node_modules", ".bin", "action-validator");

    /// <summary>Exit code 0 when the workflow is valid; the output (JSON errors) for the assertion message.</summary>
    public static (int ExitCode, string Output) Validate(string workflow)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"action-validator is not installed at {Executable}: run build/install-action-validator.sh");
        }

        var start = new ProcessStartInfo(Executable);
        start.ArgumentList.Add(Path.GetFullPath(workflow));
        var result = ChildProcess.Run(start, Timeout).ShouldFinish();
        return (result.ExitCode, result.Output);
    }
}
