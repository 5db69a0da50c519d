using System.Text;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Tooling.IaC;

/// <summary>
/// Every name the writers derive: PascalCase CloudFormation logical IDs, snake_case Terraform names and kebab-case
/// physical names. One place, so the three formats name the same thing the same way.
/// </summary>
internal static class Naming
{
    /// <summary>PascalCase, letters and digits only: <c>orders-dlq</c> → <c>OrdersDlq</c>.</summary>
    public static string Pascal(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var word in Words(name))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return builder.ToString();
    }

    /// <summary>camelCase: <c>orders-table</c> → <c>ordersTable</c>.</summary>
    public static string Camel(string name)
    {
        var pascal = Pascal(name);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    /// <summary>kebab-case: <c>ItemsApi</c> → <c>items-api</c> (the generator's algorithm too: <see cref="NameRules"/>).</summary>
    public static string Kebab(string name) => NameRules.Kebab(name);

    /// <summary>A Terraform identifier: <c>ItemsApi</c> → <c>items_api</c> (prefixed when it would start with a digit).</summary>
    public static string Snake(string name)
    {
        var snake = string.Join('_', Words(name).Select(w => w.ToLowerInvariant()));
        return snake.Length == 0 || char.IsAsciiDigit(snake[0]) ? "r_" + snake : snake;
    }

    /// <summary>
    /// The AWS name of a resource the IaC creates: <c>&lt;service&gt;-&lt;name&gt;</c>, like a function's, so two
    /// services (or copies of one) in an account do not collide. A name that already starts with the service is kept.
    /// </summary>
    public static string Physical(string service, string name) =>
        name == service || name.StartsWith(service + "-", StringComparison.Ordinal) ? name : $"{service}-{name}";

    /// <summary>The service naming rule the manifest documents, with room left in 64-character resource names.</summary>
    public static bool IsServiceName(string service) => NameRules.IsServiceName(service);

    private static IEnumerable<string> Words(string name) => NameRules.Words(name);
}
