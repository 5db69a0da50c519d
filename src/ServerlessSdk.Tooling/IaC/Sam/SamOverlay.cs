using System.Text.Json;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Yaml;

namespace ServerlessSdk.Tooling.IaC.Sam;

/// <summary>
/// Merges the user's <c>template.overlay.json</c> into the generated template. JSON keeps the reader trivial
/// (System.Text.Json) and is still YAML. The overlay adds entries; a name the generator uses is a conflict.
/// </summary>
internal static class SamOverlay
{
    public const string FileName = "template.overlay.json";

    private static readonly string[] Sections = ["Parameters", "Conditions", "Mappings", "Resources", "Outputs"];

    public static YamlMap Merge(YamlMap template, string overlayJson, string overlayPath, List<ServerlessDiagnostic> diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(overlayJson, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCOverlayInvalid, $"the SAM overlay is not valid JSON: {ex.Message}", overlayPath));
            return template;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCOverlayInvalid, "the SAM overlay must be a JSON object with Parameters, Conditions, Mappings, Resources and/or Outputs", overlayPath));
                return template;
            }

            foreach (var section in root.EnumerateObject())
            {
                if (!Sections.Contains(section.Name, StringComparer.Ordinal) || section.Value.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCOverlayInvalid, $"the SAM overlay's '{section.Name}' is not one of {string.Join(", ", Sections)} holding an object", overlayPath));
                }
            }

            var merged = new YamlMap();
            foreach (var (key, value) in template.Entries.Where(e => !Sections.Contains(e.Key, StringComparer.Ordinal)))
            {
                merged.Add(key, value);
            }

            foreach (var section in Sections)
            {
                var generated = template.Entries.FirstOrDefault(e => e.Key == section).Value as YamlMap;
                var result = new YamlMap();
                foreach (var (key, value) in generated?.Entries ?? [])
                {
                    result.Add(key, value);
                }

                if (root.TryGetProperty(section, out var added) && added.ValueKind == JsonValueKind.Object)
                {
                    foreach (var entry in added.EnumerateObject())
                    {
                        if (result.ContainsKey(entry.Name))
                        {
                            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCOverlayConflict, $"the SAM overlay's {section}.{entry.Name} has the name of a generated entry; rename it (the overlay adds, it does not replace)", overlayPath));
                            continue;
                        }

                        result.Add(entry.Name, YamlNode.FromJson(entry.Value));
                    }
                }

                if (result.Entries.Count > 0)
                {
                    merged.Add(section, result);
                }
            }

            return merged;
        }
    }
}
