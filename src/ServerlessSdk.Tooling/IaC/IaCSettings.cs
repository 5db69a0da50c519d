using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.IaC;

/// <summary>
/// What the IaC is written from besides the manifest: the project's settings, parsed and defaulted once by
/// <see cref="ProjectSettings.Parse"/> (memory, timeout, stage, tags, …), the switches the build passes as booleans,
/// and the zips <c>dotnet publish</c> writes. A function's own declaration wins over the project's defaults;
/// <see cref="IaCSettingsValidator"/> checks what the manifest and the zips add.
/// </summary>
public sealed record IaCSettings
{
    /// <summary>The project's settings: every default and every parse lives there, not here.</summary>
    public ProjectSettings Project { get; init; } = new();

    /// <summary>Whether to add CloudWatch alarms on Errors, Throttles and p99 Duration for every function (<c>ServerlessAlarms</c>).</summary>
    public bool Alarms { get; init; }

    /// <summary>Whether the S3 buckets the IaC creates keep object versions (<c>ServerlessS3Versioning</c>).</summary>
    public bool S3Versioning { get; init; }

    /// <summary>
    /// Architecture → the function zip <c>dotnet publish</c> wrote for it, relative to the IaC output folder with
    /// forward slashes (e.g. <c>../bin/Release/net10.0/linux-arm64/publish/bootstrap.zip</c>). Every architecture a
    /// function uses needs one.
    /// </summary>
    public IReadOnlyDictionary<string, string> PackagePaths { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
