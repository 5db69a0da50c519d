namespace ServerlessSdk.Tooling.Platform;

/// <summary>What an OS-only Lambda runtime offers a native executable. Rows live in <see cref="OsOnlyRuntimes"/>.</summary>
/// <param name="Name">The runtime identifier, e.g. <c>provided.al2023</c>.</param>
/// <param name="Glibc">The glibc version of the runtime's Amazon Linux image.</param>
/// <param name="Architectures">The architectures the runtime runs on.</param>
/// <param name="ProvidesIcu">Whether <c>libicu</c> is installed; the OS-only runtimes ship without it.</param>
public sealed record OsOnlyRuntime(string Name, Version Glibc, IReadOnlyList<LambdaInstructionSet> Architectures, bool ProvidesIcu)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
