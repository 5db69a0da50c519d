using ServerlessSdk.Emulator;

namespace ServerlessSdk.Tooling.Tests.Measurement;

/// <summary>Runs Assets/fake_runtime.py (copied from the Emulator tests) with python3 as the function under test.</summary>
internal static class FakeRuntime
{
    private static readonly Lazy<string> Python = new(FindPython);

    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Assets", "fake_runtime.py");

    public static string PythonPath => Python.Value;

    /// <summary>-S skips site-packages: nothing is needed from there, and it halves the interpreter's start-up.</summary>
    public static FunctionCommand Command(string mode) => FunctionCommand.Executable(Python.Value, "-S", ScriptPath, mode);

    /// <summary>The process id the script prints first ("pid N mode M").</summary>
    public static int? PidFrom(IEnumerable<string> logs) =>
        logs.Select(l => l.Split(' ')).FirstOrDefault(w => w is ["pid", _, ..]) is { } words ? int.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>A real interpreter binary, not a pyenv shim: the function starts with an empty environment.</summary>
    private static string FindPython()
    {
        foreach (var candidate in new[] { "/usr/bin/python3", "/usr/local/bin/python3" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        using var probe = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3", ["-c", "import sys; print(sys.executable)"])
        {
            RedirectStandardOutput = true,
        })!;
        var path = probe.StandardOutput.ReadToEnd().Trim();
        probe.WaitForExit();
        return path;
    }
}
