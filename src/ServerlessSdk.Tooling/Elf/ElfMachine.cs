namespace ServerlessSdk.Tooling.Elf;

/// <summary>
/// The ELF header's <c>e_machine</c>. Only the values Lambda cares about are named; any other value is kept
/// as its number.
/// </summary>
#pragma warning disable CA1028 // The underlying type is the on-disk field's width.
public enum ElfMachine : ushort
#pragma warning restore CA1028
{
    /// <summary>Not set (<c>EM_NONE</c>).</summary>
    None = 0,

    /// <summary>32-bit x86 (<c>EM_386</c>).</summary>
    I386 = 3,

    /// <summary>32-bit ARM (<c>EM_ARM</c>).</summary>
    Arm = 40,

    /// <summary>x86_64 (<c>EM_X86_64</c>); Lambda's <c>x86_64</c> architecture.</summary>
    X64 = 62,

    /// <summary>AArch64 (<c>EM_AARCH64</c>); Lambda's <c>arm64</c> architecture.</summary>
    Arm64 = 183,
}
