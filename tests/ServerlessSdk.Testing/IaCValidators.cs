using System.Diagnostics;

namespace ServerlessSdk.Testing;

/// <summary>
/// Runs the offline validators of build/validators on emitted manifests (see its README.md). Each call starts one
/// node process; pass every file or folder of a test class at once where possible, since the CloudFormation engine
/// alone takes seconds to start. A missing install is an error, never a skip: CI installs them.
/// </summary>
public static class IaCValidators
{
    // Packaging every Serverless Framework case, one `serverless package` after another, takes 90 s on an idle
    // 2-core machine and timed out at 5 min beside the template tests' Native AOT publishes.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public static string Folder => Path.Combine(Repository.Root, "build", "validators");

    /// <summary>SAM or plain CloudFormation templates (YAML or JSON), through AWS's cloudformation-validate.</summary>
    public static ValidationResult ValidateSam(params string[] templates) => Run("cfn-validate.js", templates);

    /// <summary>Terraform folders (their *.tf files) or files, through HashiCorp's HCL parser: syntax only.</summary>
    public static ValidationResult ParseTerraform(params string[] foldersOrFiles) => Run("hcl-parse.js", foldersOrFiles);

    /// <summary>Parses, then checks every aws_* type, argument and block name against the AWS provider schema.</summary>
    public static ValidationResult CheckTerraformSchema(params string[] foldersOrFiles) => Run("tf-schema-check.js", foldersOrFiles);

    /// <summary>
    /// `serverless package` (v3, configValidationMode forced to error) on a copy of each folder holding a
    /// serverless.yml, then the generated CloudFormation through <see cref="ValidateSam"/>'s validator.
    /// </summary>
    public static ValidationResult PackageServerless(params string[] folders) => Run("serverless-package.js", folders);

    /// <summary><see cref="PackageServerless(string[])"/> with the service's inputs (<c>--param="name=value"</c>).</summary>
    public static ValidationResult PackageServerless(IReadOnlyDictionary<string, string> parameters, params string[] folders) =>
        Run("serverless-package.js", [.. parameters.Select(p => $"--param={p.Key}={p.Value}"), .. folders]);

    private static ValidationResult Run(string script, string[] paths)
    {
        ArgumentOutOfRangeException.ThrowIfZero(paths.Length);
        EnsureInstalled();
        var start = new ProcessStartInfo("node");
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var path in paths)
        {
            start.ArgumentList.Add(path.StartsWith("--", StringComparison.Ordinal) ? path : Path.GetFullPath(path));
        }

        var result = ChildProcess.Run(start, Timeout).ShouldFinish();
        var output = result.Output;
        var findings = output.Split('\n').Select(Parse).OfType<ValidatorFinding>().ToList();
        // A crash also exits non-zero; it must not pass for a validator that found the expected error.
        if (result.ExitCode != 0 && !findings.Any(f => f.IsError))
        {
            throw new InvalidOperationException($"{script} failed without reporting a finding (exit {result.ExitCode}):\n{output}");
        }

        return new ValidationResult(script, result.ExitCode, findings, output);
    }

    private static void EnsureInstalled()
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", ".serverlesssdk", "installed")))
        {
            throw new InvalidOperationException($"The IaC validators are not installed in {Folder}: run build/install-iac-validators.sh");
        }
    }

    private static ValidatorFinding? Parse(string line)
    {
        var parts = line.TrimEnd('\r').Split(' ', 3);
        if (parts.Length < 3 || parts[0] is not ("FATAL" or "ERROR" or "WARN" or "INFO"))
        {
            return null;
        }

        var colon = parts[2].IndexOf(": ", StringComparison.Ordinal);
        return colon < 0
            ? new ValidatorFinding(parts[0], parts[1], parts[2], "")
            : new ValidatorFinding(parts[0], parts[1], parts[2][..colon], parts[2][(colon + 2)..]);
    }
}
