using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Functions.Generator.Validation;

/// <summary>HTTP API route paths: <c>/</c>, literal segments, <c>{name}</c>, and a greedy last <c>{name+}</c>.</summary>
internal static class RoutePath
{
    private static readonly Regex Literal = new(@"^[A-Za-z0-9._~\-:@!$&'()*,;=]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Parameter = new(@"^\{([A-Za-z_][A-Za-z0-9_]*)(\+?)\}$", RegexOptions.CultureInvariant);

    /// <summary>Null when valid (parameter names returned), else why not.</summary>
    public static string? Validate(string path, out List<string> parameters)
    {
        parameters = [];
        if (path == "/")
        {
            return null;
        }

        if (path.Length == 0 || path[0] != '/')
        {
            return "a route path starts with '/'";
        }

        if (path.EndsWith("/", System.StringComparison.Ordinal))
        {
            return "a route path does not end with '/'";
        }

        var segments = path.Substring(1).Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment.Length == 0)
            {
                return "a route path has no empty segments ('//')";
            }

            var parameter = Parameter.Match(segment);
            if (parameter.Success)
            {
                if (parameter.Groups[2].Value == "+" && i != segments.Length - 1)
                {
                    return $"the greedy parameter {segment} must be the last segment";
                }

                if (parameters.Contains(parameter.Groups[1].Value))
                {
                    return $"parameter {{{parameter.Groups[1].Value}}} appears twice";
                }

                parameters.Add(parameter.Groups[1].Value);
                continue;
            }

            if (!Literal.IsMatch(segment))
            {
                return $"segment '{segment}' is neither a literal nor a whole parameter like {{id}}";
            }
        }

        return null;
    }

    /// <summary>The path with parameter names erased: two routes with the same shape collide in API Gateway.</summary>
    public static string Shape(string path) => Regex.Replace(path, @"\{[^}]*?(\+?)\}", "{$1}");
}
