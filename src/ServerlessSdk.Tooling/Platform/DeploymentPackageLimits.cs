namespace ServerlessSdk.Tooling.Platform;

/// <summary>Lambda's deployment package quotas that a zip can break on its own.</summary>
public static class DeploymentPackageLimits
{
    /// <summary>50 MB (52,428,800 bytes): the largest zip Lambda accepts as a direct upload.</summary>
    public const long MaxZippedBytes = 52_428_800;

    /// <summary>250 MB (262,144,000 bytes): the largest a function's unzipped contents may be (layers count too).</summary>
    public const long MaxUnzippedBytes = 262_144_000;

    /// <summary>The file Lambda starts on an OS-only runtime; it sits at the zip's root and must be executable.</summary>
    public const string BootstrapName = "bootstrap";
}
