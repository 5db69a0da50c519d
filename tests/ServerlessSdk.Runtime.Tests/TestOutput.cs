using System.Text;

namespace ServerlessSdk.Runtime.Tests;

internal static class TestOutput
{
    /// <summary>The lines written to a stream, each expected to end with a newline.</summary>
    public static string[] Lines(MemoryStream stream)
    {
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "every line ends with a newline");
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
