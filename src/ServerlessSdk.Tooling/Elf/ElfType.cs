namespace ServerlessSdk.Tooling.Elf;

/// <summary>The ELF header's <c>e_type</c>.</summary>
#pragma warning disable CA1028 // The underlying type is the on-disk field's width.
public enum ElfType : ushort
#pragma warning restore CA1028
{
    /// <summary>No file type (<c>ET_NONE</c>).</summary>
    None = 0,

    /// <summary>A relocatable object (<c>ET_REL</c>).</summary>
    Relocatable = 1,

    /// <summary>A fixed-address executable (<c>ET_EXEC</c>).</summary>
    Executable = 2,

    /// <summary>A shared object, which includes position-independent executables (<c>ET_DYN</c>).</summary>
    SharedObject = 3,

    /// <summary>A core dump (<c>ET_CORE</c>).</summary>
    Core = 4,
}
