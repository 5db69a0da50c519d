using System.Runtime.InteropServices;
using ServerlessSdk.Emulator;

namespace ServerlessSdk.EndToEndTests;

/// <summary>How this machine runs an arm64 executable: directly on arm64, under qemu-aarch64 elsewhere.</summary>
internal static class Arm64
{
    /// <summary>Where Debian's libc6-arm64-cross puts the aarch64 loader and libraries (qemu's <c>-L</c> prefix).</summary>
    public const string CrossRoot = "/usr/aarch64-linux-gnu";

    public static FunctionCommand Command(string bootstrap)
    {
        if (RuntimeInformation.OSArchitecture == Architecture.Arm64)
        {
            return FunctionCommand.Executable(bootstrap);
        }

        var qemu = FindOnPath("qemu-aarch64-static");
        Assert.True(qemu is not null, "qemu-aarch64-static (Debian package qemu-user-static) is not on PATH, so the arm64 bootstrap cannot run here: run build/install-arm64-prerequisites.sh (as root, or with sudo).");
        Assert.True(File.Exists(Path.Combine(CrossRoot, "lib/ld-linux-aarch64.so.1")), $"The aarch64 loader is missing from {CrossRoot}/lib (Debian package libc6-arm64-cross): run build/install-arm64-prerequisites.sh (as root, or with sudo).");
        // The task root is the folder of the last existing file among the words: the bootstrap's, not qemu's.
        return FunctionCommand.Executable(qemu, "-L", CrossRoot, bootstrap);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
