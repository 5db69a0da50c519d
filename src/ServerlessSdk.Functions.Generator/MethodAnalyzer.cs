using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Functions.Generator;

/// <summary>Reads one handler method and its attributes into a cacheable model, with the errors local to it.</summary>
internal static class MethodAnalyzer
{
    private static readonly SymbolDisplayFormat FullName = SymbolDisplayFormat.FullyQualifiedFormat;

    public static MethodModel Analyze(IMethodSymbol method)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var type = method.ContainingType;
        var triggers = new List<TriggerModel>();
        var unbound = method.GetAttributes().Concat(type.GetAttributes()).Any(a =>
            a.AttributeClass?.ToDisplayString().StartsWith(KnownTypes.Attributes, System.StringComparison.Ordinal) == true && !AttributeArguments.AreBound(a));
        foreach (var attribute in method.GetAttributes())
        {
            var trigger = TriggerReader.Read(attribute, diagnostics);
            if (trigger is not null)
            {
                triggers.Add(trigger);
            }
        }

        var parameters = method.Parameters.Select(p => Parameter(p, triggers)).ToList();
        var (shape, result) = Return(method.ReturnType);
        var eventType = parameters.FirstOrDefault(p => p.Source == ParameterSource.Event)?.TypeName;
        var methodSettings = Settings(FindAttribute(method, KnownTypes.LambdaFunction), diagnostics);
        var typeSettings = Settings(FindAttribute(type, KnownTypes.LambdaFunction), diagnostics);
        var environment = Environment(type, diagnostics).Concat(Environment(method, diagnostics)).ToList();
        var policies = Policies(type, diagnostics).Concat(Policies(method, diagnostics)).ToList();
        var uses = ResourceReader.Uses(type, diagnostics).Concat(ResourceReader.Uses(method, diagnostics)).ToList();

        return new MethodModel(
            TypeName: type.ToDisplayString(FullName),
            TypeShortName: type.Name,
            MethodName: method.Name,
            DisplayName: $"{type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat)}.{method.Name}",
            IsStatic: method.IsStatic,
            TypeIsConstructible: !type.IsAbstract && !type.IsStatic && type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal),
            IsAccessible: IsAccessible(method) && IsAccessible(type),
            IsGeneric: method.IsGenericMethod || type.IsGenericType,
            Return: shape,
            ResultType: result,
            Parameters: parameters.ToEquatable(),
            EventType: eventType,
            Settings: methodSettings,
            TypeSettings: typeSettings,
            Environment: environment.ToEquatable(),
            Policies: policies.ToEquatable(),
            Uses: uses.ToEquatable(),
            Triggers: triggers.ToEquatable(),
            Location: LocationInfo.From(method.Locations.FirstOrDefault()),
            Diagnostics: diagnostics.ToEquatable(),
            HasUnboundAttributes: unbound);
    }

    private static bool IsAccessible(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return false;
            }
        }

        return true;
    }

    private static ParameterModel Parameter(IParameterSymbol parameter, List<TriggerModel> triggers)
    {
        var type = parameter.Type.ToDisplayString(FullName);
        var isHttp = triggers.Any(t => t.Kind == "http");
        var source = type switch
        {
            KnownTypes.HttpApiRequest => ParameterSource.Request,
            KnownTypes.LambdaContext => ParameterSource.Context,
            KnownTypes.CancellationToken => ParameterSource.CancellationToken,
            _ when parameter.RefKind != RefKind.None => ParameterSource.Unsupported,
            _ when isHttp => parameter.Type.SpecialType switch
            {
                SpecialType.System_String => ParameterSource.PathString,
                SpecialType.System_Int32 => ParameterSource.PathInt32,
                SpecialType.System_Int64 => ParameterSource.PathInt64,
                _ => type == "global::System.Guid" ? ParameterSource.PathGuid : ParameterSource.Unsupported,
            },
            _ when type.StartsWith(KnownTypes.Events, System.StringComparison.Ordinal) => ParameterSource.Event,
            _ => ParameterSource.Unsupported,
        };
        return new ParameterModel(parameter.Name, source, type);
    }

    private static (ReturnShape Shape, string? Result) Return(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Void)
        {
            return (ReturnShape.Void, null);
        }

        var name = type.ToDisplayString(FullName);
        if (name == "global::System.Threading.Tasks.Task")
        {
            return (ReturnShape.VoidTask, null);
        }

        if (name == "global::System.Threading.Tasks.ValueTask")
        {
            return (ReturnShape.VoidValueTask, null);
        }

        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
        {
            var definition = generic.ConstructedFrom.ToDisplayString(FullName);
            var argument = generic.TypeArguments[0].ToDisplayString(FullName);
            if (definition == "global::System.Threading.Tasks.Task<TResult>")
            {
                return (ReturnShape.Task, argument);
            }

            if (definition == "global::System.Threading.Tasks.ValueTask<TResult>")
            {
                return (ReturnShape.ValueTask, argument);
            }
        }

        return (ReturnShape.Value, name);
    }

    private static AttributeData? FindAttribute(ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == metadataName);

    private static FunctionSettings? Settings(AttributeData? attribute, List<DiagnosticInfo> diagnostics)
    {
        if (attribute is null)
        {
            return null;
        }

        var location = LocationInfo.From(attribute.ApplicationSyntaxReference);
        if (!AttributeArguments.EnumsAreDefined(attribute, location, diagnostics))
        {
            return null;
        }

        var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value.Value);
        int? Int(string key, int unset) => named.TryGetValue(key, out var v) && v is int i && i != unset ? i : null;

        var memory = Int("MemorySize", 0);
        if (memory is { } mb && !LambdaLimits.IsMemorySize(mb))
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MemoryOutOfRange, location, mb.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var timeout = Int("Timeout", 0);
        if (timeout is { } seconds && !LambdaLimits.IsTimeout(seconds))
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.TimeoutOutOfRange, location, seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var reserved = Int("ReservedConcurrency", -1);
        if (reserved is < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, "ReservedConcurrency must be 0 or more (or -1 for none)"));
        }

        var provisioned = Int("ProvisionedConcurrency", 0);
        if (provisioned is < 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, "ProvisionedConcurrency must be 0 or more"));
        }

        if (provisioned is > 0 && reserved is { } r && provisioned > r)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, "ProvisionedConcurrency cannot exceed ReservedConcurrency"));
        }

        var retention = Int("LogRetentionDays", 0);
        if (retention is { } days && !LambdaLimits.IsLogRetention(days))
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, $"LogRetentionDays {days} is not a CloudWatch retention; use one of {string.Join(", ", LambdaLimits.LogRetentionDays)}"));
        }

        var name = named.TryGetValue("Name", out var n) ? n as string : null;
        if (name is not null && !Limits.FunctionName.IsMatch(name))
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, $"Function name '{name}' must be PascalCase letters and digits (at most 40), like 'GetItem'"));
        }

        var architecture = named.TryGetValue("Architecture", out var a) && a is int arch && arch != 0 ? (arch == 2 ? "arm64" : "x86_64") : null;
        var tracing = !named.TryGetValue("Tracing", out var t) || t is not false;
        return new FunctionSettings(name, memory, timeout, architecture, reserved, provisioned, retention, tracing, location);
    }

    private static IEnumerable<EnvironmentVariable> Environment(ISymbol symbol, List<DiagnosticInfo> diagnostics)
    {
        foreach (var attribute in symbol.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == KnownTypes.EnvironmentVariable))
        {
            if (attribute.ConstructorArguments.Length != 2 || attribute.ConstructorArguments[0].Value is not string name)
            {
                continue;
            }

            var location = LocationInfo.From(attribute.ApplicationSyntaxReference);
            if (!LambdaLimits.IsEnvironmentName(name) || LambdaLimits.IsReservedEnvironment(name))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, $"Environment variable '{name}' is invalid or reserved by Lambda: use letters, digits and '_', starting with a letter"));
                continue;
            }

            yield return new EnvironmentVariable(name, attribute.ConstructorArguments[1].Value as string ?? string.Empty, location);
        }
    }

    /// <summary>The statements on <paramref name="symbol"/> that pass the shared rules (ServerlessSdk.Rules.PolicyRules); the others become errors.</summary>
    private static IEnumerable<Policy> Policies(ISymbol symbol, List<DiagnosticInfo> diagnostics)
    {
        foreach (var attribute in symbol.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == KnownTypes.PolicyStatement))
        {
            var location = LocationInfo.From(attribute.ApplicationSyntaxReference);
            var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value);
            var check = PolicyRules.Check(RawStrings(named, "Actions"), RawStrings(named, "Resources"), named.TryGetValue("AllowBroadAccess", out var allow) ? allow.Value as string : null);
            foreach (var problem in check.Errors)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptor(problem.Code), location, problem.Message));
            }

            if (check.Errors.Count == 0)
            {
                yield return new Policy(check.Actions.ToEquatable(), check.Resources.ToEquatable(), check.Justification, check.Waived.Select(w => w.Value).Distinct().ToEquatable(), location);
            }
        }
    }

    private static DiagnosticDescriptor Descriptor(string code) => Diagnostics.ById[code];

    /// <summary>Every entry of a string array argument, empty ones included: the policy rules report those.</summary>
    private static IEnumerable<string?> RawStrings(Dictionary<string, TypedConstant> named, string key) =>
        named.TryGetValue(key, out var value) && value.Kind == TypedConstantKind.Array ? value.Values.Select(v => v.Value as string) : [];

    internal static List<string> Strings(Dictionary<string, TypedConstant> named, string key) =>
        named.TryGetValue(key, out var value) && value.Kind == TypedConstantKind.Array
            ? value.Values.Select(v => v.Value as string).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList()
            : [];
}
