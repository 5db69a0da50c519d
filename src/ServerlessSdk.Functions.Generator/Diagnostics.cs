using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Functions.Generator;

/// <summary>Compile-time declaration errors and warnings, SLS4001–SLS4099; each has a page under docs/diagnostics/.</summary>
internal static class Diagnostics
{
    private const string Category = "ServerlessSdk.Functions";

    public static readonly DiagnosticDescriptor MalformedRoute = Error("SLS4001", "Malformed HTTP API route", "Route '{0}' is malformed: {1}");
    public static readonly DiagnosticDescriptor DuplicateRoute = Error("SLS4002", "Duplicate HTTP API route", "Route '{0}' is already declared by {1}; each method and path shape may be declared once");
    public static readonly DiagnosticDescriptor InvalidSchedule = Error("SLS4003", "Invalid schedule expression", "Schedule '{0}' is invalid: {1}");
    public static readonly DiagnosticDescriptor MemoryOutOfRange = Error("SLS4004", "Memory outside Lambda's range", "MemorySize {0} is outside Lambda's 128–10240 MB");
    public static readonly DiagnosticDescriptor TimeoutOutOfRange = Error("SLS4005", "Timeout outside Lambda's range", "Timeout {0} is outside Lambda's 1–900 seconds");
    public static readonly DiagnosticDescriptor UnbindableHandler = Error("SLS4006", "Handler signature cannot be bound", "Handler {0} cannot be bound: {1}");
    public static readonly DiagnosticDescriptor IncompatibleTriggers = Error("SLS4007", "Triggers cannot share a function", "{0} cannot share a function: {1}");
    public static readonly DiagnosticDescriptor InvalidJson = Error("SLS4008", "Not a JSON object", "{0} must be a JSON object, e.g. {{\"source\":[\"orders\"]}}");
    public static readonly DiagnosticDescriptor DuplicateFunction = Error("SLS4009", "Duplicate function name", "Function name '{0}' is used by {1} and {2}; set [LambdaFunction(Name = \"...\")] on one of them");
    public static readonly DiagnosticDescriptor MissingJwtAuthorizer = Error("SLS4010", "JWT route without an authorizer", "Route '{0}' uses HttpApiAuth.Jwt but the assembly has no [assembly: HttpApiJwtAuthorizer(issuer, audiences)]");
    public static readonly DiagnosticDescriptor InvalidSetting = Error("SLS4011", "Invalid trigger or function setting", "{0}");
    public static readonly DiagnosticDescriptor EventTypeNotSerializable = Error("SLS4012", "Event type has no JSON metadata", "No JsonSerializerContext in the project lists {0}; add [JsonSerializable(typeof({0}))] to one");
    public static readonly DiagnosticDescriptor WildcardPolicy = Error(PolicyRules.WildcardAction, "Wildcard in a policy action", "Policy statement is not least privilege: {0}");
    public static readonly DiagnosticDescriptor UndefinedEnumValue = Error("SLS4014", "Undefined enum value", "{0} is {1}, which is not a defined {2} value; use one of {3}");
    public static readonly DiagnosticDescriptor TimeoutOverHttpApiLimit = Warning("SLS4015", "Timeout above API Gateway's 30 s limit", "Timeout {0} s on {1} is above API Gateway's 30 s integration limit: HTTP callers get 503 after 30 s while the function keeps running; set Timeout to 30 or less, or move the long work to a queue");

    public static readonly DiagnosticDescriptor BroadPolicyResource = Error(PolicyRules.BroadResource, "Policy resource matches every resource", "Policy statement is not least privilege: {0}");
    public static readonly DiagnosticDescriptor PassRoleNotSpecific = Error(PolicyRules.PassRoleNotSpecific, "iam:PassRole without one named role", "Policy statement is not least privilege: {0}");
    public static readonly DiagnosticDescriptor MalformedPolicy = Error(PolicyRules.Malformed, "Malformed policy action or resource", "{0}");
    public static readonly DiagnosticDescriptor EmptyPolicy = Error(PolicyRules.Empty, "Empty policy statement or entry", "{0}");
    public static readonly DiagnosticDescriptor BroadAccessAllowed = Warning(PolicyRules.BroadAccessAllowed, "Broad access allowed by justification", "Function {0} is granted broad access by AllowBroadAccess: {1} (broad: {2}); justification: {3}");
    public static readonly DiagnosticDescriptor JustificationMissing = Error(PolicyRules.JustificationMissing, "AllowBroadAccess without a justification", "{0}");

    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        MalformedRoute, DuplicateRoute, InvalidSchedule, MemoryOutOfRange, TimeoutOutOfRange, UnbindableHandler,
        IncompatibleTriggers, InvalidJson, DuplicateFunction, MissingJwtAuthorizer, InvalidSetting, EventTypeNotSerializable,
        WildcardPolicy, UndefinedEnumValue, TimeoutOverHttpApiLimit, BroadPolicyResource, PassRoleNotSpecific, MalformedPolicy,
        EmptyPolicy, BroadAccessAllowed, JustificationMissing,
    }.ToDictionary(d => d.Id);

    /// <summary>True for a code that stops the build (and so the manifest); warnings leave both alone.</summary>
    public static bool IsError(string id) => ById[id].DefaultSeverity == DiagnosticSeverity.Error;

    private static DiagnosticDescriptor Error(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: $"https://github.com/serverlesssdk/serverlesssdk/blob/main/docs/diagnostics/{id}.md");
}
