namespace ServerlessSdk.Tooling.Diagnostics;

/// <summary>
/// Every diagnostic code the tooling defines. Codes never change meaning; each has a page under
/// <c>docs/diagnostics/</c>. Publish artifacts and target-runtime checks use SLS5000–SLS5999.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>SLS5001: the executable is not a 64-bit little-endian ELF file (not ELF at all, 32-bit, or big-endian).</summary>
    public const string ExecutableNotElf64 = "SLS5001";

    /// <summary>SLS5002: the executable is an ELF file but truncated or internally inconsistent.</summary>
    public const string ExecutableMalformed = "SLS5002";

    /// <summary>SLS5003: the executable could not be read from disk.</summary>
    public const string ExecutableUnreadable = "SLS5003";

    /// <summary>SLS5010: the executable's ELF machine differs from the function's declared architecture.</summary>
    public const string ArchitectureMismatch = "SLS5010";

    /// <summary>SLS5011: the declared architecture is not one Lambda offers (<c>x86_64</c> or <c>arm64</c>).</summary>
    public const string UnknownArchitecture = "SLS5011";

    /// <summary>SLS5020: the target runtime name is not in the <see cref="Artifacts.LambdaRuntimes"/> table.</summary>
    public const string UnknownRuntime = "SLS5020";

    /// <summary>SLS5021: the executable needs a newer glibc than the target runtime has.</summary>
    public const string GlibcTooNew = "SLS5021";

    /// <summary>SLS5022: the target runtime does not run on the declared architecture.</summary>
    public const string ArchitectureNotOnRuntime = "SLS5022";

    /// <summary>SLS5030: the function needs ICU (libicu) but the target runtime has none.</summary>
    public const string IcuNotOnRuntime = "SLS5030";

    /// <summary>SLS5040: the zip is larger than Lambda's 50 MB direct-upload limit.</summary>
    public const string ZipTooLarge = "SLS5040";

    /// <summary>SLS5041: the zip's contents unpack to more than Lambda's 250 MB limit.</summary>
    public const string UnzippedTooLarge = "SLS5041";

    /// <summary>SLS5042: the zip has no <c>bootstrap</c> file at its root.</summary>
    public const string BootstrapMissing = "SLS5042";

    /// <summary>SLS5043: the zip's <c>bootstrap</c> lacks the owner-execute bit (or carries no Unix mode at all).</summary>
    public const string BootstrapNotExecutable = "SLS5043";

    /// <summary>SLS5050: publishing for linux-arm64 on an x64 machine, and the cross toolchain is incomplete.</summary>
    public const string CrossToolchainMissing = "SLS5050";
}
