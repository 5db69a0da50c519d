using System.Globalization;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.Platform;
using ServerlessSdk.Tooling.Zip;

namespace ServerlessSdk.Tooling.Checks;

public static partial class ArtifactChecks
{
    private const double BytesPerMegabyte = 1024 * 1024;

    /// <summary>Every zip check: <see cref="CheckPackageSize"/> and <see cref="CheckBootstrap"/>.</summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckZip(LambdaZipInfo zip, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(zip);
        return [.. CheckPackageSize(zip.ArchiveBytes, zip.UncompressedBytes, file), .. CheckBootstrap(zip, file)];
    }

    /// <summary>
    /// Lambda's package quotas: more than <see cref="DeploymentPackageLimits.MaxZippedBytes"/> zipped is
    /// <see cref="DiagnosticCodes.ZipTooLarge"/>, more than <see cref="DeploymentPackageLimits.MaxUnzippedBytes"/> unzipped is
    /// <see cref="DiagnosticCodes.UnzippedTooLarge"/>. Exactly at a limit passes.
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckPackageSize(long zippedBytes, long unzippedBytes, string? file = null)
    {
        var diagnostics = new List<ServerlessDiagnostic>();
        if (zippedBytes > DeploymentPackageLimits.MaxZippedBytes)
        {
            diagnostics.Add(ServerlessDiagnostic.Error(
                DiagnosticCodes.ZipTooLarge,
                $"The function zip is {Size(zippedBytes)}, over Lambda's direct-upload limit of {Size(DeploymentPackageLimits.MaxZippedBytes)}; shrink the function (trimming, fewer dependencies) or deploy the zip through S3.",
                file));
        }

        if (unzippedBytes > DeploymentPackageLimits.MaxUnzippedBytes)
        {
            diagnostics.Add(ServerlessDiagnostic.Error(
                DiagnosticCodes.UnzippedTooLarge,
                $"The function unzips to {Size(unzippedBytes)}, over Lambda's limit of {Size(DeploymentPackageLimits.MaxUnzippedBytes)}; remove files from the publish folder or fetch large data from S3 at run time (layers count towards this limit too).",
                file));
        }

        return diagnostics;
    }

    /// <summary>
    /// The zip must hold <c>bootstrap</c> at its root (<see cref="DiagnosticCodes.BootstrapMissing"/>) with the
    /// owner-execute bit in a Unix mode (<see cref="DiagnosticCodes.BootstrapNotExecutable"/>).
    /// </summary>
    public static IReadOnlyList<ServerlessDiagnostic> CheckBootstrap(LambdaZipInfo zip, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var bootstrap = zip.Entries.FirstOrDefault(entry => entry.Path == DeploymentPackageLimits.BootstrapName);
        if (bootstrap is null)
        {
            var nested = zip.Entries.FirstOrDefault(entry => entry.Path.EndsWith("/" + DeploymentPackageLimits.BootstrapName, StringComparison.Ordinal));
            var hint = nested is null ? "name the function executable bootstrap (<AssemblyName>bootstrap</AssemblyName>)" : $"move {nested.Path} to the root";
            return [ServerlessDiagnostic.Error(
                DiagnosticCodes.BootstrapMissing,
                $"The function zip has no bootstrap at its root, which is the file Lambda starts; {hint}.",
                file)];
        }

        if (bootstrap.IsOwnerExecutable)
        {
            return [];
        }

        var mode = bootstrap.UnixMode is { } value
            ? "has mode " + Convert.ToString(value, 8).PadLeft(4, '0')
            : "has no Unix mode (the zip was not made by a Unix zip tool)";
        return [ServerlessDiagnostic.Error(
            DiagnosticCodes.BootstrapNotExecutable,
            $"The function zip's bootstrap {mode}, so Lambda cannot execute it; create the zip with mode 0755 for bootstrap (the SDK's publish zip does).",
            file)];
    }

    private static string Size(long bytes) => string.Create(
        CultureInfo.InvariantCulture,
        $"{bytes / BytesPerMegabyte:0.0} MB ({bytes:N0} bytes)");
}
