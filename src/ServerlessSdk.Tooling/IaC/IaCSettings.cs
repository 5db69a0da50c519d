using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.IaC;

/// <summary>
/// Project-level defaults the build supplies (<c>ServerlessMemorySize</c>, <c>ServerlessTimeout</c>, …). A function's
/// own declaration wins over these; <see cref="IaCSettingsValidator"/> checks both.
/// </summary>
public sealed record IaCSettings
{
    /// <summary>Default memory in MB (128–10240).</summary>
    public int MemorySize { get; init; } = SettingDefaults.MemoryMb;

    /// <summary>Default timeout in seconds (1–900).</summary>
    public int Timeout { get; init; } = SettingDefaults.TimeoutSeconds;

    /// <summary>Default architecture: <c>x86_64</c> or <c>arm64</c>.</summary>
    public string Architecture { get; init; } = SettingDefaults.Architecture;

    /// <summary>Default log retention in days; one of <see cref="IaCSettingsValidator.LogRetentionValues"/>.</summary>
    public int LogRetentionDays { get; init; } = SettingDefaults.LogRetentionDays;

    /// <summary>The Lambda runtime: <c>provided.al2023</c> (default) or <c>provided.al2</c>.</summary>
    public string Runtime { get; init; } = SettingDefaults.Runtime;

    /// <summary>Whether to add CloudWatch alarms on Errors, Throttles and p99 Duration for every function.</summary>
    public bool Alarms { get; init; }

    /// <summary>
    /// The HTTP API stage: <c>$default</c> (auto-deployed, URL without a stage segment; what Serverless Framework
    /// always uses) or a name of letters, digits, hyphens and underscores.
    /// </summary>
    public string StageName { get; init; } = SettingDefaults.StageName;

    /// <summary>
    /// Architecture → the function zip <c>dotnet publish</c> wrote for it, relative to the IaC output folder with
    /// forward slashes (e.g. <c>../bin/Release/net10.0/linux-arm64/publish/bootstrap.zip</c>). Every architecture a
    /// function uses needs one.
    /// </summary>
    public IReadOnlyDictionary<string, string> PackagePaths { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The IaC part of the project's settings, with the zips and the alarms switch the build supplies.</summary>
    public static IaCSettings From(ProjectSettings settings, IReadOnlyDictionary<string, string> packagePaths, bool alarms)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new IaCSettings
        {
            MemorySize = settings.MemoryMb,
            Timeout = settings.TimeoutSeconds,
            Architecture = settings.Architecture.Name,
            LogRetentionDays = settings.LogRetentionDays,
            Runtime = settings.Runtime.Name,
            StageName = settings.StageName,
            Alarms = alarms,
            PackagePaths = packagePaths,
        };
    }
}
