namespace ServerlessSdk.Functions.Routing;

/// <summary>
/// An HTTP API route path such as <c>/items/{id}</c> or <c>/files/{proxy+}</c>, matched segment by segment the way
/// API Gateway does: literal segments exactly (case-sensitive), <c>{name}</c> one segment, a last <c>{name+}</c> the rest.
/// </summary>
public sealed class RouteTemplate
{
    private readonly Segment[] _segments;

    private RouteTemplate(string path, Segment[] segments)
    {
        Path = path;
        _segments = segments;
    }

    /// <summary>The path as declared.</summary>
    public string Path { get; }

    /// <summary>
    /// Positive when this template is more specific than <paramref name="other"/>, as API Gateway ranks routes that
    /// both match a path: segment by segment from the left, a literal beats <c>{param}</c>, which beats <c>{proxy+}</c>
    /// (<c>/items/new</c> wins over <c>/items/{id}</c>).
    /// </summary>
    public int CompareSpecificity(RouteTemplate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < Math.Min(_segments.Length, other._segments.Length); i++)
        {
            var order = Rank(_segments[i]).CompareTo(Rank(other._segments[i]));
            if (order != 0)
            {
                return order;
            }
        }

        return _segments.Length.CompareTo(other._segments.Length);
    }

    private static int Rank(Segment segment) => segment.Kind switch { SegmentKind.Literal => 3, SegmentKind.Parameter => 2, _ => 1 };

    /// <summary>Parses a path the generator has already validated.</summary>
    /// <exception cref="FormatException">The path is not a valid HTTP API route path.</exception>
    public static RouteTemplate Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "/")
        {
            return new RouteTemplate(path, []);
        }

        if (!path.StartsWith('/') || path.EndsWith('/'))
        {
            throw new FormatException($"Route path '{path}' must start with '/' and not end with one.");
        }

        var parts = path[1..].Split('/');
        var segments = new Segment[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            segments[i] = ParseSegment(path, parts[i], isLast: i == parts.Length - 1);
        }

        return new RouteTemplate(path, segments);
    }

    /// <summary>Matches a request path (percent-encoded, as in <c>rawPath</c>; one trailing slash ignored); values are decoded.</summary>
    public bool TryMatch(string requestPath, out Dictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(requestPath);
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        var trimmed = requestPath.Length > 1 && requestPath.EndsWith('/') ? requestPath[..^1] : requestPath;
        var parts = trimmed is "/" or "" ? [] : trimmed.TrimStart('/').Split('/');
        for (var i = 0; i < _segments.Length; i++)
        {
            var segment = _segments[i];
            if (segment.Kind == SegmentKind.Greedy)
            {
                if (i >= parts.Length)
                {
                    return false;
                }

                values[segment.Text] = Uri.UnescapeDataString(string.Join('/', parts[i..]));
                return true;
            }

            if (i >= parts.Length || parts[i].Length == 0)
            {
                return false;
            }

            if (segment.Kind == SegmentKind.Literal)
            {
                if (!string.Equals(segment.Text, parts[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }
            else
            {
                values[segment.Text] = Uri.UnescapeDataString(parts[i]);
            }
        }

        return parts.Length == _segments.Length;
    }

    private static Segment ParseSegment(string path, string text, bool isLast)
    {
        if (text.Length == 0)
        {
            throw new FormatException($"Route path '{path}' has an empty segment.");
        }

        if (!text.StartsWith('{'))
        {
            return text.Contains('{') || text.Contains('}')
                ? throw new FormatException($"Route path '{path}': a parameter must be a whole segment, like {{id}}.")
                : new Segment(SegmentKind.Literal, text);
        }

        if (!text.EndsWith('}') || text.Length < 3)
        {
            throw new FormatException($"Route path '{path}': segment '{text}' is not a parameter like {{id}}.");
        }

        var name = text[1..^1];
        if (name.EndsWith('+'))
        {
            return isLast
                ? new Segment(SegmentKind.Greedy, name[..^1])
                : throw new FormatException($"Route path '{path}': a greedy parameter {{{name}}} must be the last segment.");
        }

        return new Segment(SegmentKind.Parameter, name);
    }

    private enum SegmentKind
    {
        Literal,
        Parameter,
        Greedy,
    }

    private readonly record struct Segment(SegmentKind Kind, string Text);
}
