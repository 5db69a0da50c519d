using System.Runtime.InteropServices;

namespace ServerlessSdk.Emulator.Internal;

/// <summary>The one libc call the process API lacks: sending SIGTERM, which Lambda uses to announce shutdown.</summary>
internal static class Posix
{
    public const int SigTerm = 15;

    // DllImport rather than LibraryImport: the signature is blittable, and LibraryImport would force
    // AllowUnsafeBlocks on the whole library for this one call.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Kill(int pid, int signal);
}
