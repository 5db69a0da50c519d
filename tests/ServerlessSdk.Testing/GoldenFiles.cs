using Xunit;

namespace ServerlessSdk.Testing;

/// <summary>
/// Checked-in copies of generated files, compared byte for byte. With <see cref="UpdateVariable"/>=1 a test rewrites
/// its copies instead (review the diff, commit it), so an intended change to what is generated is one command away.
/// </summary>
public static class GoldenFiles
{
    public const string UpdateVariable = "SERVERLESS_UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The files of <paramref name="folder"/> (not its subfolders) by name.</summary>
    public static IReadOnlyDictionary<string, string> Read(string folder) =>
        Directory.EnumerateFiles(folder).ToDictionary(f => Path.GetFileName(f)!, File.ReadAllText, StringComparer.Ordinal);

    /// <summary>
    /// Asserts <paramref name="actual"/> (file name to content) is exactly the files of <paramref name="golden"/>, or,
    /// when updating, makes it so. <paramref name="refresh"/> is the test filter that rewrites them, for the message.
    /// </summary>
    public static void AssertMatch(string golden, IReadOnlyDictionary<string, string> actual, string refresh)
    {
        if (Updating)
        {
            if (Directory.Exists(golden))
            {
                Directory.Delete(golden, recursive: true);
            }

            Directory.CreateDirectory(golden);
            foreach (var (file, content) in actual)
            {
                File.WriteAllText(Path.Combine(golden, file), content);
            }

            return;
        }

        var how = $"if the change is intended, refresh with {UpdateVariable}=1 dotnet test --filter \"{refresh}\" and review the diff of {Path.GetRelativePath(Repository.Root, golden)}";
        var expected = Directory.Exists(golden) ? Read(golden) : new Dictionary<string, string>();
        var names = expected.Keys.Concat(actual.Keys).Distinct().Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            Assert.True(expected.ContainsKey(name), $"{name} was generated but has no golden copy; {how}.");
            Assert.True(actual.ContainsKey(name), $"{name} has a golden copy but was not generated; {how}.");
            // A checkout with CRLF line ends (git autocrlf) must not fail the comparison.
            var want = expected[name].Replace("\r\n", "\n", StringComparison.Ordinal);
            Assert.True(want == actual[name], $"{name} differs from its golden copy at {FirstDifference(want, actual[name])}; {how}.");
        }
    }

    /// <summary>The first line that differs, both ways: enough to see what changed without a diff tool.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var line = 0;
        while (line < want.Length && line < got.Length && want[line] == got[line])
        {
            line++;
        }

        return $"line {line + 1} (golden: \"{(line < want.Length ? want[line] : "<end>")}\", generated: \"{(line < got.Length ? got[line] : "<end>")}\")";
    }
}
