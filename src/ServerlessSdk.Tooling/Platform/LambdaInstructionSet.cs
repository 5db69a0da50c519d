using ServerlessSdk.Tooling.Elf;

namespace ServerlessSdk.Tooling.Platform;

/// <summary>A Lambda instruction set architecture and the ELF machine its executables must have.</summary>
/// <param name="Name">Lambda's name for it: <c>x86_64</c> or <c>arm64</c>.</param>
/// <param name="Machine">The <c>e_machine</c> an executable for it carries.</param>
public sealed record LambdaInstructionSet(string Name, ElfMachine Machine)
{
    /// <summary>Lambda's <c>x86_64</c> (ELF <c>EM_X86_64</c>).</summary>
    public static LambdaInstructionSet X64 { get; } = new("x86_64", ElfMachine.X64);

    /// <summary>Lambda's <c>arm64</c>, Graviton (ELF <c>EM_AARCH64</c>).</summary>
    public static LambdaInstructionSet Arm64 { get; } = new("arm64", ElfMachine.Arm64);

    /// <summary>Every architecture Lambda offers.</summary>
    public static IReadOnlyList<LambdaInstructionSet> All { get; } = [X64, Arm64];

    /// <summary>Finds an architecture by Lambda's name, ignoring case (MSBuild properties are case-insensitive).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LambdaInstructionSet? architecture)
    {
        architecture = All.FirstOrDefault(a => string.Equals(a.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        return architecture is not null;
    }

    /// <summary>A readable name for any ELF machine: Lambda's name when it is one, else the ELF name or number.</summary>
    public static string Describe(ElfMachine machine) => machine switch
    {
        ElfMachine.X64 => "x86_64",
        ElfMachine.Arm64 => "aarch64 (arm64)",
        ElfMachine.I386 => "i386",
        ElfMachine.Arm => "32-bit arm",
        _ => $"e_machine {(ushort)machine}",
    };

    /// <inheritdoc/>
    public override string ToString() => Name;
}
