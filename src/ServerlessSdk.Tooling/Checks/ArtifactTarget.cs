namespace ServerlessSdk.Tooling.Checks;

/// <summary>What a function declares about where it runs, as the build knows it (raw MSBuild property values).</summary>
/// <param name="Runtime">The Lambda runtime identifier, e.g. <c>provided.al2023</c>.</param>
/// <param name="Architecture">The Lambda architecture, <c>x86_64</c> or <c>arm64</c>.</param>
/// <param name="InvariantGlobalization">The project's <c>InvariantGlobalization</c> setting.</param>
public sealed record ArtifactTarget(string Runtime, string Architecture, bool InvariantGlobalization);
