using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ServerlessSdk.Functions.Generator;

/// <summary>Compile-time declaration errors and warnings, SLS4001–SLS4099, with ids from the one registry <see cref="DiagnosticCodes"/>.</summary>
internal static class Diagnostics
{
    private const string Category = "ServerlessSdk.Functions";

    public static readonly DiagnosticDescriptor MalformedRoute = Error(DiagnosticCodes.MalformedRoute, "Malformed HTTP API route", "Route '{0}' is malformed: {1}");
    public static readonly DiagnosticDescriptor DuplicateRoute = Error(DiagnosticCodes.DuplicateRoute, "Duplicate HTTP API route", "Route '{0}' is already declared by {1}; each method and path shape may be declared once");
    public static readonly DiagnosticDescriptor InvalidSchedule = Error(DiagnosticCodes.InvalidSchedule, "Invalid schedule expression", "Schedule '{0}' is invalid: {1}");
    public static readonly DiagnosticDescriptor MemoryOutOfRange = Error(DiagnosticCodes.MemoryOutOfRange, "Memory outside Lambda's range", "MemorySize {0} is outside Lambda's 128–10240 MB");
    public static readonly DiagnosticDescriptor TimeoutOutOfRange = Error(DiagnosticCodes.TimeoutOutOfRange, "Timeout outside Lambda's range", "Timeout {0} is outside Lambda's 1–900 seconds");
    public static readonly DiagnosticDescriptor UnbindableHandler = Error(DiagnosticCodes.UnbindableHandler, "Handler signature cannot be bound", "Handler {0} cannot be bound: {1}");
    public static readonly DiagnosticDescriptor IncompatibleTriggers = Error(DiagnosticCodes.IncompatibleTriggers, "Triggers cannot share a function", "{0} cannot share a function: {1}");
    public static readonly DiagnosticDescriptor InvalidJson = Error(DiagnosticCodes.InvalidJson, "Not a JSON object", "{0} must be a JSON object, e.g. {{\"source\":[\"orders\"]}}");
    public static readonly DiagnosticDescriptor DuplicateFunction = Error(DiagnosticCodes.DuplicateFunction, "Duplicate function name", "Function name '{0}' is used by {1} and {2}; set [LambdaFunction(Name = \"...\")] on one of them");
    public static readonly DiagnosticDescriptor MissingJwtAuthorizer = Error(DiagnosticCodes.MissingJwtAuthorizer, "JWT route without an authorizer", "Route '{0}' uses HttpApiAuth.Jwt but the assembly has no [assembly: HttpApiJwtAuthorizer(issuer, audiences)]");
    public static readonly DiagnosticDescriptor InvalidSetting = Error(DiagnosticCodes.InvalidDeclarationSetting, "Invalid trigger or function setting", "{0}");
    public static readonly DiagnosticDescriptor EventTypeNotSerializable = Error(DiagnosticCodes.EventTypeNotSerializable, "Event type has no JSON metadata", "No JsonSerializerContext in the project lists {0}; add [JsonSerializable(typeof({0}))] to one");
    public static readonly DiagnosticDescriptor WildcardPolicy = Error(DiagnosticCodes.PolicyWildcardAction, "Wildcard in a policy action", "Policy statement is not least privilege: {0}");
    public static readonly DiagnosticDescriptor UndefinedEnumValue = Error(DiagnosticCodes.UndefinedEnumValue, "Undefined enum value", "{0} is {1}, which is not a defined {2} value; use one of {3}");
    public static readonly DiagnosticDescriptor TimeoutOverHttpApiLimit = Warning(DiagnosticCodes.TimeoutOverHttpApiLimit, "Timeout above API Gateway's 30 s limit", "Timeout {0} s on {1} is above API Gateway's 30 s integration limit: HTTP callers get 503 after 30 s while the function keeps running; set Timeout to 30 or less, or move the long work to a queue");

    public static readonly DiagnosticDescriptor BroadPolicyResource = Error(DiagnosticCodes.PolicyBroadResource, "Policy resource matches every resource", "Policy statement is not least privilege: {0}");
    public static readonly DiagnosticDescriptor PassRoleNotSpecific = Error(DiagnosticCodes.PolicyPassRoleNotSpecific, "iam:PassRole without one named role", "Policy statement is not least privilege: {0}");
    public static readonly DiagnosticDescriptor MalformedPolicy = Error(DiagnosticCodes.PolicyMalformed, "Malformed policy action or resource", "{0}");
    public static readonly DiagnosticDescriptor EmptyPolicy = Error(DiagnosticCodes.PolicyEmpty, "Empty policy statement or entry", "{0}");
    public static readonly DiagnosticDescriptor BroadAccessAllowed = Warning(DiagnosticCodes.PolicyBroadAccessAllowed, "Broad access allowed by justification", "Function {0} is granted broad access by AllowBroadAccess: {1} (broad: {2}); justification: {3}");
    public static readonly DiagnosticDescriptor JustificationMissing = Error(DiagnosticCodes.PolicyJustificationMissing, "AllowBroadAccess without a justification", "{0}");

    public static readonly DiagnosticDescriptor UnknownResource = Error(DiagnosticCodes.UnknownResource, "Unknown resource", "{0}");
    public static readonly DiagnosticDescriptor DuplicateResource = Error(DiagnosticCodes.DuplicateResource, "Duplicate resource name", "Resource '{0}' has the name of {2} '{1}' (names differing only in case or punctuation are one name); rename one");
    public static readonly DiagnosticDescriptor InvalidResourceName = Error(DiagnosticCodes.InvalidResourceName, "Invalid resource name", "{0}");
    public static readonly DiagnosticDescriptor InvalidKeySchema = Error(DiagnosticCodes.InvalidKeySchema, "Invalid table key schema", "{0}");
    public static readonly DiagnosticDescriptor StreamNotEnabled = Error(DiagnosticCodes.StreamNotEnabled, "Stream trigger on a table without a stream", "{0}");
    public static readonly DiagnosticDescriptor AccessNotMeaningful = Error(DiagnosticCodes.AccessNotMeaningful, "Access not meaningful for the resource", "{0}");
    public static readonly DiagnosticDescriptor InvalidResourceSetting = Error(DiagnosticCodes.InvalidResourceSetting, "Invalid resource setting", "{0}");
    public static readonly DiagnosticDescriptor TriggerOverridesResource = Error(DiagnosticCodes.TriggerOverridesResource, "Trigger sets what the declared queue owns", "The SQS trigger sets MaxReceiveCount on queue '{0}', whose [assembly: SqsQueue] owns its redrive policy; set MaxReceiveCount there");
    public static readonly DiagnosticDescriptor ResourceVariableConflict = Error(DiagnosticCodes.ResourceVariableConflict, "Environment variable shadows a resource's", "Environment variable '{0}' is set by ServerlessSdk to the name of resource '{1}' the handler uses; rename the variable");
    public static readonly DiagnosticDescriptor UnknownRuleBus = Error(DiagnosticCodes.UnknownRuleBus, "Event rule on an undeclared bus", "{0}");
    public static readonly DiagnosticDescriptor UnknownRuleTarget = Error(DiagnosticCodes.UnknownRuleTarget, "Event rule targets no declared queue", "{0}");
    public static readonly DiagnosticDescriptor EmptyEventPattern = Error(DiagnosticCodes.EmptyEventPattern, "Event rule matches every event", "{0}");
    public static readonly DiagnosticDescriptor UnsupportedRuleTarget = Error(DiagnosticCodes.UnsupportedRuleTarget, "Event rule targets a FIFO queue", "{0}");
    public static readonly DiagnosticDescriptor DuplicateIndex = Error(DiagnosticCodes.DuplicateIndex, "Duplicate index name", "{0}");
    public static readonly DiagnosticDescriptor TooManyIndexes = Error(DiagnosticCodes.TooManyIndexes, "Too many indexes on one table", "{0}");
    public static readonly DiagnosticDescriptor NotOnPlatform = Error(DiagnosticCodes.NotOnPlatform, "Not available on the target platform", "{0} cannot be hosted on {1}: {2}");
    public static readonly DiagnosticDescriptor ScheduleNotExpressible = Error(DiagnosticCodes.ScheduleNotExpressible, "Schedule has no NCRONTAB form", "Schedule '{0}' cannot be an Azure timer trigger: {1}");
    public static readonly DiagnosticDescriptor ResourceNotOnPlatform = Error(DiagnosticCodes.ResourceNotOnPlatform, "Resource not available on the target platform", "{0}");
    public static readonly DiagnosticDescriptor UnknownPlatform = Error(DiagnosticCodes.UnknownPlatform, "Unknown ServerlessPlatform", "ServerlessPlatform '{0}' is not a platform: set it to aws or azure");

    public static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> ById = new[]
    {
        MalformedRoute, DuplicateRoute, InvalidSchedule, MemoryOutOfRange, TimeoutOutOfRange, UnbindableHandler,
        IncompatibleTriggers, InvalidJson, DuplicateFunction, MissingJwtAuthorizer, InvalidSetting, EventTypeNotSerializable,
        WildcardPolicy, UndefinedEnumValue, TimeoutOverHttpApiLimit, BroadPolicyResource, PassRoleNotSpecific, MalformedPolicy,
        EmptyPolicy, BroadAccessAllowed, JustificationMissing,
        UnknownResource, DuplicateResource, InvalidResourceName, InvalidKeySchema, StreamNotEnabled, AccessNotMeaningful,
        InvalidResourceSetting, TriggerOverridesResource, ResourceVariableConflict, DuplicateIndex, TooManyIndexes,
        UnknownRuleBus, UnknownRuleTarget, EmptyEventPattern, UnsupportedRuleTarget,
        NotOnPlatform, ScheduleNotExpressible, UnknownPlatform, ResourceNotOnPlatform,
    }.ToDictionary(d => d.Id);

    /// <summary>True for a code that stops the build (and so the manifest); warnings leave both alone.</summary>
    public static bool IsError(string id) => ById[id].DefaultSeverity == DiagnosticSeverity.Error;

    private static DiagnosticDescriptor Error(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true,
            helpLinkUri: $"https://github.com/serverlesssdk/serverlesssdk/blob/main/docs/diagnostics/{id}.md");
}
