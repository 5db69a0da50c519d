using System.Diagnostics.CodeAnalysis;

namespace ServerlessSdk.Tooling.Elf;

/// <summary>The outcome of <see cref="ElfFile.Read(ReadOnlySpan{byte})"/>: exactly one of <see cref="File"/> and <see cref="Error"/> is set.</summary>
public sealed record ElfReadResult
{
    private ElfReadResult(ElfFile? file, ElfReadError? error)
    {
        File = file;
        Error = error;
    }

    /// <summary>The parsed file, when the read succeeded.</summary>
    public ElfFile? File { get; }

    /// <summary>Why the read failed, when it did.</summary>
    public ElfReadError? Error { get; }

    /// <summary>Whether <see cref="File"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => File is not null;

    /// <summary>A successful read.</summary>
    public static ElfReadResult Success(ElfFile file) => new(file, null);

    /// <summary>A failed read.</summary>
    public static ElfReadResult Failure(ElfReadErrorKind kind, string message) => new(null, new ElfReadError(kind, message));
}
