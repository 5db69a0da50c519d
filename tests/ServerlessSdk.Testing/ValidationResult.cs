namespace ServerlessSdk.Testing;

/// <summary>One line of a validator's report: "SEVERITY CODE location: message" (build/validators/lib/report.js).</summary>
/// <param name="Severity">FATAL, ERROR, WARN or INFO.</param>
/// <param name="Code">The rule id: a cfn-lint/schema id such as F3002 or E3027, or one of ours such as TF-UNKNOWN-NAME.</param>
/// <param name="Location">The file, then line and logical id or Terraform address when known.</param>
/// <param name="Message">The validator's own wording: for people, not for assertions.</param>
public sealed record ValidatorFinding(string Severity, string Code, string Location, string Message)
{
    public bool IsError => Severity is "ERROR" or "FATAL";

    public override string ToString() => $"{Severity} {Code} {Location}: {Message}";
}

/// <summary>What one validator run reported. <see cref="Output"/> is its full report, meant for assertion messages.</summary>
public sealed record ValidationResult(string Validator, int ExitCode, IReadOnlyList<ValidatorFinding> Findings, string Output)
{
    /// <summary>No ERROR or FATAL finding (WARN findings may remain: they are in <see cref="Findings"/>).</summary>
    public bool Passed => ExitCode == 0;

    public IEnumerable<ValidatorFinding> Errors => Findings.Where(f => f.IsError);

    public IEnumerable<string> ErrorCodes => Errors.Select(f => f.Code);

    /// <summary>The findings about one file or folder of a run that checked several (locations are full paths).</summary>
    public IEnumerable<ValidatorFinding> FindingsFor(string path) =>
        Findings.Where(f => f.Location.StartsWith(Path.GetFullPath(path), StringComparison.Ordinal));

    /// <summary>Throws with the whole report unless the run passed; returns this for chaining.</summary>
    public ValidationResult EnsurePassed() =>
        Passed ? this : throw new InvalidOperationException($"{Validator} failed (exit {ExitCode}):\n{Output}");

    public override string ToString() => $"{Validator}: exit {ExitCode}\n{Output}";
}
