using ServerlessSdk.Tooling.Diagnostics;

namespace ServerlessSdk.Tooling.IaC.ServerlessFramework;

/// <summary>
/// Finds which top-level sections <c>serverless.overlay.yml</c> has. Only the top-level keys matter (the framework
/// itself reads the file through <c>${file(...)}</c>), so lines starting in column one are enough: no YAML parser.
/// </summary>
internal static class ServerlessOverlayScanner
{
    public static ServerlessYamlWriter.Overlay? Scan(string? content, string path, List<ServerlessDiagnostic> diagnostics)
    {
        if (content is null)
        {
            return null;
        }

        var keys = content.Split('\n')
            .Where(line => line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#' && line[0] != '-')
            .Select(line => line.Split(':', 2)[0].Trim().Trim('"', '\''))
            .ToHashSet(StringComparer.Ordinal);
        var overlay = new ServerlessYamlWriter.Overlay(keys.Contains("custom"), keys.Contains("resources"));
        var unknown = keys.Where(k => k is not "custom" and not "resources" and not "---").Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 || !(overlay.Custom || overlay.Resources))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCOverlayInvalid, $"serverless.overlay.yml may hold only top-level custom: and resources: sections{(unknown.Count > 0 ? "; found " + string.Join(", ", unknown) : string.Empty)}", path));
        }

        return overlay;
    }
}
