using ServerlessSdk.Emulator;

namespace ServerlessSdk.Testing;

/// <summary>Runs Assets/fake_runtime.py with python3 as the function under test, in one of its modes.</summary>
public static class FakeRuntime
{
    private static readonly Lazy<string> Python = new(FindPython);

    public static string PythonPath => Python.Value;

    public static string ScriptPath => Path.Combine(AppContext.BaseDirectory, "Assets", "fake_runtime.py");

    /// <summary>-S skips site-packages: nothing is needed from there, and it halves the interpreter's start-up.</summary>
    public static FunctionCommand Command(string mode) => FunctionCommand.Executable(Python.Value, "-S", ScriptPath, mode);

    /// <summary>The process id the script prints first ("pid N mode M").</summary>
    public static int? PidFrom(IEnumerable<LogLine> logs) => PidFrom(logs.Select(l => l.Text));

    /// <summary>The process id the script prints first ("pid N mode M").</summary>
    public static int? PidFrom(IEnumerable<string> logs) =>
        logs.Select(l => l.Split(' ')).FirstOrDefault(w => w is ["pid", _, ..]) is { } words ? int.Parse(words[1], System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// A real interpreter binary, not a shim: the function starts with an empty environment, so a pyenv shim
    /// (which needs PYENV_* and HOME) would not work.
    /// </summary>
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
