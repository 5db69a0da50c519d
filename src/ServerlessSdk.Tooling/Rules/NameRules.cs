// How names are split into words and kebab-cased, and what a service name may be: compiled into ServerlessSdk.Tooling
// (IaC resource names) and linked into the source generator (the default service name). Plain C#, BCL only.
#if NETSTANDARD2_0
using System.Collections.Generic;
using System.Linq;
#endif
using System.Text;

namespace ServerlessSdk.Rules;

/// <summary>The one word-splitting and kebab-case algorithm, so the generator and the IaC derive the same names.</summary>
internal static class NameRules
{
    /// <summary>The longest service name: room is left for the function part of 64-character Lambda names.</summary>
    public const int MaxServiceNameLength = 40;

    /// <summary>kebab-case: <c>ItemsApi</c> → <c>items-api</c>, <c>HTTPServer</c> → <c>http-server</c>.</summary>
    public static string Kebab(string name) => string.Join("-", Words(name).Select(w => w.ToLowerInvariant()));

    /// <summary>The service naming rule the manifest documents: 1–40 lowercase ASCII letters, digits and '-', starting with a letter.</summary>
    public static bool IsServiceName(string service) =>
        service.Length is > 0 and <= MaxServiceNameLength
        && service[0] is >= 'a' and <= 'z'
        && service.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>The default service name from a project name: <c>OrdersApi</c> → <c>orders-api</c>, always a valid one.</summary>
    public static string ServiceNameFrom(string project)
    {
        var kebab = Kebab(project);
        if (kebab.Length == 0 || kebab[0] is not (>= 'a' and <= 'z'))
        {
            kebab = "service-" + kebab;
        }

        return kebab.Length > MaxServiceNameLength ? kebab.Substring(0, MaxServiceNameLength).TrimEnd('-') : kebab.TrimEnd('-');
    }

    /// <summary>Splits on anything not an ASCII letter or digit and at lower→Upper, digit→Upper and ACRONYM→Word boundaries.</summary>
    public static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!IsLetterOrDigit(c))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }

                continue;
            }

            var boundary = word.Length > 0 && IsUpper(c)
                && (IsLower(name[i - 1]) || IsDigit(name[i - 1])
                    || (i + 1 < name.Length && IsLower(name[i + 1]) && IsUpper(name[i - 1])));
            if (boundary)
            {
                yield return word.ToString();
                word.Clear();
            }

            word.Append(c);
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsUpper(char c) => c is >= 'A' and <= 'Z';

    private static bool IsLower(char c) => c is >= 'a' and <= 'z';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLetterOrDigit(char c) => IsUpper(c) || IsLower(c) || IsDigit(c);
}
