using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ServerlessSdk.Functions.Generator.Model;

namespace ServerlessSdk.Functions.Generator.Validation;

/// <summary>
/// Guards every attribute the generator reads before it looks at a value: an attribute the compiler could not bind
/// is the compiler's error to report (CS1503, …), and a cast such as <c>(LambdaHttpMethod)42</c> is ours (SLS4014).
/// Either way the declaration is dropped, so nothing is guessed into the manifest.
/// </summary>
internal static class AttributeArguments
{
    /// <summary>
    /// True when the compiler bound the attribute to a constructor with well-formed arguments. When it did not, the
    /// compiler has already reported the error, so the generator says nothing more and emits no manifest.
    /// </summary>
    public static bool AreBound(AttributeData attribute) =>
        attribute.AttributeConstructor is not null
        && attribute.ConstructorArguments.Length == attribute.AttributeConstructor.Parameters.Length
        && attribute.ConstructorArguments.All(a => a.Kind != TypedConstantKind.Error)
        && attribute.NamedArguments.All(a => a.Value.Kind != TypedConstantKind.Error);

    /// <summary>Reports SLS4014 for each enum argument whose value names no member; false when there was one.</summary>
    public static bool EnumsAreDefined(AttributeData attribute, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        var parameters = attribute.AttributeConstructor?.Parameters;
        var arguments = attribute.ConstructorArguments
            .Select((value, i) => (Name: parameters is { } p && i < p.Length ? p[i].Name : $"argument {i + 1}", Value: value))
            .Concat(attribute.NamedArguments.Select(a => (Name: a.Key, a.Value)));
        var defined = true;
        foreach (var (name, value) in arguments)
        {
            if (value.Kind != TypedConstantKind.Enum || value.Type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } type)
            {
                continue;
            }

            var members = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToList();
            if (members.Any(m => Equals(m.ConstantValue, value.Value)))
            {
                continue;
            }

            defined = false;
            diagnostics.Add(DiagnosticInfo.Create(
                Diagnostics.UndefinedEnumValue,
                location,
                name,
                System.Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
                type.Name,
                string.Join(", ", members.Select(m => $"{type.Name}.{m.Name}"))));
        }

        return defined;
    }
}
