using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ServerlessSdk.Functions.Generator.Model;

/// <summary>A source location without a syntax tree, so models stay cacheable between compilations.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan Lines)
{
    public Location ToLocation() => Location.Create(FilePath, Span, Lines);

    public static LocationInfo? From(SyntaxReference? reference)
    {
        if (reference is null)
        {
            return null;
        }

        var location = reference.SyntaxTree.GetLocation(reference.Span);
        return new LocationInfo(location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan, location.GetLineSpan().Span);
    }

    public static LocationInfo? From(Location? location) =>
        location is null || !location.IsInSource
            ? null
            : new LocationInfo(location.SourceTree?.FilePath ?? string.Empty, location.SourceSpan, location.GetLineSpan().Span);
}

/// <summary>A diagnostic to report, kept as data (descriptor id + arguments) for the same reason.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, arguments.ToEquatable());
}
