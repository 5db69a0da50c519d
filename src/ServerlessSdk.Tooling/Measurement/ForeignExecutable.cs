using System.Runtime.InteropServices;
using ServerlessSdk.Emulator;
using ServerlessSdk.Tooling.Elf;
using ServerlessSdk.Tooling.Platform;

namespace ServerlessSdk.Tooling.Measurement;

/// <summary>
/// How the probe runs an executable built for another machine: an arm64 bootstrap on x64 Linux runs under
/// qemu-user (<c>qemu-aarch64-static -L /usr/aarch64-linux-gnu</c>, what install-arm64-prerequisites.sh installs);
/// anything else cannot run here, and the reason says how to measure it or stop trying.
/// </summary>
internal static class ForeignExecutable
{
    /// <summary>Where Debian's libc6-arm64-cross puts the aarch64 loader and libraries (qemu's <c>-L</c> prefix).</summary>
    public const string Arm64CrossRoot = "/usr/aarch64-linux-gnu";

    private const string HowToSkip = "or set ServerlessSkipMeasure=true to stop measuring";

    /// <summary>
    /// Null when the executable runs natively (or is not an ELF file at all, which the probe reports itself);
    /// otherwise either a command that runs it under emulation, or why it cannot run here.
    /// </summary>
    public static (FunctionCommand? Emulated, string? Emulator, string? Reason)? Check(string path, bool allowEmulation = true)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var elf = ElfFile.ReadFile(path);
        if (!elf.Succeeded)
        {
            return null;
        }

        var name = Path.GetFileName(path);
        if (!OperatingSystem.IsLinux())
        {
            return (null, null, $"{name} is a Linux executable and this machine runs {RuntimeInformation.OSDescription}; publish on Linux to measure it, {HowToSkip}");
        }

        var host = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => ElfMachine.X64,
            Architecture.Arm64 => ElfMachine.Arm64,
            _ => ElfMachine.None,
        };
        if (elf.File.Machine == host)
        {
            return null;
        }

        var built = LambdaInstructionSet.Describe(elf.File.Machine);
        var machine = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        if (elf.File.Machine == ElfMachine.Arm64 && host == ElfMachine.X64)
        {
            var qemu = allowEmulation ? FindOnPath("qemu-aarch64-static") ?? FindOnPath("qemu-aarch64") : null;
            if (qemu is not null && File.Exists(Path.Combine(Arm64CrossRoot, "lib", "ld-linux-aarch64.so.1")))
            {
                return (FunctionCommand.Executable(qemu, "-L", Arm64CrossRoot, path), Path.GetFileName(qemu), null);
            }

            return (null, null, $"{name} is built for {built} and this machine is {machine} without qemu-user; to measure it here install qemu-user-static and libc6-arm64-cross (install-arm64-prerequisites.sh in the ServerlessSdk.Build package's build folder does), or publish on an arm64 machine, {HowToSkip}");
        }

        return (null, null, $"{name} is built for {built} and this machine is {machine}; publish on a {built} Linux machine to measure it, {HowToSkip}");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/bin")
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
