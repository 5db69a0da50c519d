using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Functions.Generator;

/// <summary>Groups handler methods into functions and checks what only the whole project shows (duplicates, bindings).</summary>
internal static class FunctionPlanner
{
    /// <summary>
    /// The functions and diagnostics; <c>Complete</c> is false when a declaration had a compiler error, so the
    /// functions are not all the project declares and no manifest may be written from them.
    /// </summary>
    public static (List<FunctionPlan> Functions, List<DiagnosticInfo> Diagnostics, bool Complete) Plan(
        ImmutableArray<MethodModel> methods,
        ImmutableArray<JsonContextEntry> jsonContexts,
        bool hasJwtAuthorizer,
        string platform = PlatformMapper.Aws)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var functions = new Dictionary<string, FunctionPlan>(System.StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var routes = new Dictionary<string, string>(System.StringComparer.Ordinal);

        var distinct = methods.GroupBy(m => (m.DisplayName, m.Location)).Select(g => g.First())
            .OrderBy(m => m.DisplayName, System.StringComparer.Ordinal).ThenBy(m => m.Location?.Span.Start ?? 0);
        var complete = true;
        foreach (var declared in distinct)
        {
            complete &= !declared.HasUnboundAttributes;
            diagnostics.AddRange(declared.Diagnostics);
            var before = diagnostics.Count;
            if (PlatformMapper.Map(declared, platform, diagnostics) is not { } method)
            {
                continue;
            }

            var kinds = method.Triggers.Select(t => t.Kind).Distinct().ToList();
            if (kinds.Count == 0)
            {
                continue;
            }

            if (kinds.Contains("http") && kinds.Count > 1)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.IncompatibleTriggers, method.Location, $"HttpApi and {kinds.First(k => k != "http")} triggers on {method.DisplayName}", "an HTTP route and an event source deliver different event types; use two methods"));
                continue;
            }

            if (kinds.Contains("http"))
            {
                CheckHttpBinding(method, hasJwtAuthorizer, diagnostics);
            }
            else
            {
                CheckEventBinding(method, kinds, diagnostics);
            }

            if (method.Diagnostics.Count > 0 || diagnostics.Count > before)
            {
                continue;
            }

            var grouped = kinds[0] == "http" && method.Settings is null && method.TypeSettings is not null;
            var settings = grouped ? method.TypeSettings : method.Settings ?? (kinds[0] == "http" ? null : method.TypeSettings);
            var name = grouped ? method.TypeSettings!.Name ?? method.TypeShortName : method.Settings?.Name ?? method.MethodName;
            var handler = (grouped ? method.TypeName : method.DisplayName).Replace("global::", string.Empty);
            if (!Limits.FunctionName.IsMatch(name))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, method.Location, $"Function name '{name}' (from {handler}) must be PascalCase letters and digits: set [LambdaFunction(Name = \"...\")]"));
                continue;
            }

            if (owners.TryGetValue(name, out var owner) && !(grouped && owner == handler))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateFunction, method.Location, name, owner, handler));
                continue;
            }

            owners[name] = handler;
            if (!functions.TryGetValue(name, out var function))
            {
                function = new FunctionPlan(name, handler, kinds[0]) { Settings = settings };
                functions.Add(name, function);
                if (platform == PlatformMapper.Aws)
                {
                    CheckHttpTimeout(function, diagnostics);
                }
            }

            foreach (var variable in method.Environment)
            {
                function.Environment[variable.Name] = variable.Value;
            }

            foreach (var use in method.Uses)
            {
                function.Use(use);
            }

            foreach (var policy in method.Policies.Where(p => !function.Policies.Contains(p)))
            {
                function.Policies.Add(policy);
                if (policy.Justification is { } justification)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.BroadAccessAllowed, policy.Location, function.Name, PolicyRules.Describe(policy.Actions, policy.Resources), string.Join(", ", policy.Waived), justification));
                }
            }

            if (kinds[0] != "http")
            {
                function.EventMethod = method;
                function.EventJsonContext = EventContext(method, jsonContexts, diagnostics);
                function.Triggers.AddRange(method.Triggers);
                continue;
            }

            foreach (var route in method.Triggers)
            {
                var key = $"{route.HttpMethod} {RoutePath.Shape(route.HttpPath!)}";
                if (routes.TryGetValue(key, out var existing))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Diagnostics.DuplicateRoute, route.Location, $"{route.HttpMethod} {route.HttpPath}", existing));
                    continue;
                }

                routes[key] = method.DisplayName;
                function.Routes.Add((method, route));
                function.Triggers.Add(route);
            }
        }

        return (functions.Values.OrderBy(f => f.Name, System.StringComparer.Ordinal).ToList(), diagnostics, complete);
    }

    /// <summary>
    /// A timeout declared on the attribute is checked here, where the triggers are known; one that comes from
    /// ServerlessTimeout is checked by the build's IaC step with the same code (SLS4015).
    /// </summary>
    private static void CheckHttpTimeout(FunctionPlan function, List<DiagnosticInfo> diagnostics)
    {
        if (function.Kind == "http" && function.Settings is { Timeout: > LambdaLimits.HttpApiIntegrationTimeoutSeconds } settings)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                Diagnostics.TimeoutOverHttpApiLimit,
                settings.Location,
                settings.Timeout.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                function.Name));
        }
    }

    private static void CheckCommon(MethodModel method, List<DiagnosticInfo> diagnostics)
    {
        void Fail(string why) => diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnbindableHandler, method.Location, method.DisplayName, why));
        if (method.IsGeneric)
        {
            Fail("generic methods and methods of generic types cannot be handlers");
        }

        if (!method.IsAccessible)
        {
            Fail("the method and its type must be public or internal so the generated dispatcher can call it");
        }

        if (!method.IsStatic && !method.TypeIsConstructible)
        {
            Fail("make the method static, or give its type a public parameterless constructor (one instance is created at init)");
        }

        foreach (var parameter in method.Parameters.Where(p => p.Source == ParameterSource.Unsupported))
        {
            Fail($"parameter '{parameter.Name}' of type {parameter.TypeName.Replace("global::", string.Empty)} has no source");
        }
    }

    private static void CheckHttpBinding(MethodModel method, bool hasJwtAuthorizer, List<DiagnosticInfo> diagnostics)
    {
        CheckCommon(method, diagnostics);
        void Fail(string why) => diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnbindableHandler, method.Location, method.DisplayName, why));
        if (method.ResultType != KnownTypes.HttpApiResponse || method.Return is not (ReturnShape.Value or ReturnShape.Task or ReturnShape.ValueTask))
        {
            Fail("an HTTP handler returns HttpApiResponse, Task<HttpApiResponse> or ValueTask<HttpApiResponse>");
        }

        foreach (var route in method.Triggers)
        {
            if (RoutePath.Validate(route.HttpPath!, out var names) is not null)
            {
                continue;
            }

            foreach (var parameter in method.Parameters.Where(p => p.Source >= ParameterSource.PathString && p.Source <= ParameterSource.PathGuid && !names.Contains(p.Name)))
            {
                Fail($"parameter '{parameter.Name}' is not a path parameter of '{route.HttpMethod} {route.HttpPath}' (path parameters: {(names.Count == 0 ? "none" : string.Join(", ", names))})");
            }

            if (route.Auth == "jwt" && !hasJwtAuthorizer)
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MissingJwtAuthorizer, route.Location, $"{route.HttpMethod} {route.HttpPath}"));
            }
        }
    }

    private static void CheckEventBinding(MethodModel method, List<string> kinds, List<DiagnosticInfo> diagnostics)
    {
        CheckCommon(method, diagnostics);
        void Fail(string why) => diagnostics.Add(DiagnosticInfo.Create(Diagnostics.UnbindableHandler, method.Location, method.DisplayName, why));
        var events = method.Parameters.Where(p => p.Source == ParameterSource.Event).ToList();
        if (events.Count != 1 || method.Parameters.Any(p => p.Source == ParameterSource.Request))
        {
            Fail($"an {kinds[0]} handler takes one {KnownTypes.ExpectedEvent(kinds[0])} (and optionally ILambdaContext, CancellationToken)");
            return;
        }

        var wrong = kinds.FirstOrDefault(k => !KnownTypes.Accepts(k, events[0].TypeName));
        if (wrong is not null)
        {
            var message = kinds.Count > 1
                ? $"{events[0].TypeName.Replace("global::", string.Empty)} is not what a {wrong} trigger delivers ({KnownTypes.ExpectedEvent(wrong)})"
                : $"a {wrong} trigger delivers {KnownTypes.ExpectedEvent(wrong)}, not {events[0].TypeName.Replace("global::", string.Empty)}";
            diagnostics.Add(DiagnosticInfo.Create(kinds.Count > 1 ? Diagnostics.IncompatibleTriggers : Diagnostics.UnbindableHandler, method.Location, kinds.Count > 1 ? string.Join(" and ", kinds) + " triggers" : method.DisplayName, message));
            return;
        }

        var voidShape = method.Return is ReturnShape.Void or ReturnShape.VoidTask or ReturnShape.VoidValueTask;
        var batch = kinds.Select(KnownTypes.BatchResponse).Distinct().ToList();
        if (!voidShape && (batch.Count != 1 || batch[0] is null || method.ResultType != batch[0] || method.Return == ReturnShape.Unsupported))
        {
            Fail(batch.Count == 1 && batch[0] is not null
                ? $"it returns nothing (void, Task, ValueTask) or {batch[0]!.Replace(KnownTypes.Events, string.Empty)} (or a task of one)"
                : "it returns nothing (void, Task or ValueTask)");
        }
    }

    private static string? EventContext(MethodModel method, ImmutableArray<JsonContextEntry> contexts, List<DiagnosticInfo> diagnostics)
    {
        var type = method.EventType!;
        if (KnownTypes.RuntimeTypeInfo(type) is not null || KnownTypes.IsAzureEvent(type))
        {
            return null;
        }

        var context = contexts.Where(c => c.SerializedType == type).Select(c => c.ContextType).OrderBy(c => c, System.StringComparer.Ordinal).FirstOrDefault();
        if (context is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.EventTypeNotSerializable, method.Location, type.Replace("global::", string.Empty)));
        }

        return context;
    }
}

/// <summary>A type a JsonSerializerContext of the project lists ([JsonSerializable(typeof(T))]).</summary>
internal sealed record JsonContextEntry(string ContextType, string SerializedType);
