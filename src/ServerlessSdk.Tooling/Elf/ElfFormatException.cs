namespace ServerlessSdk.Tooling.Elf;

/// <summary>
/// Raised inside <see cref="ElfParser"/> when a bound or structure check fails, and caught at its entry point, so
/// callers only ever see an <see cref="ElfReadResult"/>.
/// </summary>
#pragma warning disable CA1032, CA1064 // Private control flow of the parser, never thrown past it.
internal sealed class ElfFormatException(ElfReadErrorKind kind, string message) : Exception(message)
#pragma warning restore CA1032, CA1064
{
    public ElfReadErrorKind Kind { get; } = kind;
}
