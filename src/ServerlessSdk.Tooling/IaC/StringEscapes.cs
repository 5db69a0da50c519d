using System.Globalization;
using System.Text;

namespace ServerlessSdk.Tooling.IaC;

/// <summary>
/// The backslash escapes YAML double-quoted scalars and HCL string literals share (quotes, backslash, line breaks,
/// tabs, other control and invisible characters as \uXXXX): one writer of them for both emitters.
/// </summary>
internal static class StringEscapes
{
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
