using System.Collections.Generic;
using System.Linq;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;

namespace ServerlessSdk.Functions.Generator;

/// <summary>
/// Fits a method's triggers to the platform the project builds for (<c>ServerlessPlatform</c>). AWS keeps them as
/// declared. Azure maps [HttpApi] to an HTTP trigger (same route and methods) and [Schedule] to a timer trigger with
/// an NCRONTAB expression; what a platform cannot host is SLS4050 (trigger or auth) or SLS4051 (schedule).
/// </summary>
internal static class PlatformMapper
{
    public const string Aws = "aws";
    public const string Azure = "azure";

    private static readonly HashSet<string> AwsOnly = ["sqs", "sns", "eventbridge", "s3", "dynamodb", "kinesis"];
    private static readonly HashSet<string> AzureOnly = ["azure-queue", "azure-blob", "service-bus-queue", "azure-eventgrid"];

    /// <summary>The method with its triggers as the platform hosts them; null when one cannot be hosted (reported).</summary>
    public static MethodModel? Map(MethodModel method, string platform, List<DiagnosticInfo> diagnostics)
    {
        var before = diagnostics.Count;
        var mapped = new List<TriggerModel>(method.Triggers.Count);
        foreach (var trigger in method.Triggers)
        {
            if ((platform == Azure ? AwsOnly : AzureOnly).Contains(trigger.Kind))
            {
                diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NotOnPlatform, trigger.Location, $"The {trigger.Kind} trigger on {method.DisplayName}", platform, platform == Azure
                    ? "it is an AWS event source; use an Azure trigger ([StorageQueueTrigger], [ServiceBusQueueTrigger], [BlobTrigger], [EventGridTrigger]) or build with ServerlessPlatform=aws"
                    : "it is an Azure trigger; use an AWS event source or build with ServerlessPlatform=azure"));
                continue;
            }

            mapped.Add(platform == Azure ? ToAzure(trigger, diagnostics) : trigger);
        }

        if (platform == Azure && mapped.Count(t => t.Kind != "http") > 1)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NotOnPlatform, method.Location, $"{mapped.Count} triggers on {method.DisplayName}", Azure,
                "an Azure function has exactly one trigger; declare one method per trigger"));
        }

        return diagnostics.Count > before ? null : method with { Triggers = mapped.ToEquatable() };
    }

    private static TriggerModel ToAzure(TriggerModel trigger, List<DiagnosticInfo> diagnostics)
    {
        if (trigger.Kind == "http" && trigger.Auth is "iam" or "jwt")
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.NotOnPlatform, trigger.Location, $"Auth = {(trigger.Auth == "iam" ? "Iam" : "Jwt")} on route '{trigger.HttpMethod} {trigger.HttpPath}'", Azure,
                "API Gateway authorizers have no Azure Functions counterpart; use HttpApiAuth.None and App Service authentication, or check the token in the handler"));
            return trigger;
        }

        if (trigger.Kind != "schedule" || trigger.Expression is null)
        {
            // An invalid schedule has its SLS4003 already; nothing to convert.
            return trigger;
        }

        var schedule = Ncrontab.FromSchedule(trigger.Expression, out var refusal);
        if (schedule is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.ScheduleNotExpressible, trigger.Location, trigger.Expression, refusal!));
            return trigger;
        }

        return trigger with
        {
            Kind = "timer",
            Json = $"\"schedule\":{Json.String(schedule)},\"expression\":{Json.String(trigger.Expression)},\"enabled\":{Json.Bool(trigger.Enabled)}",
        };
    }

    /// <summary>The platform named by ServerlessPlatform (empty: aws), or null when it names none.</summary>
    public static string? Parse(string? value)
    {
        var platform = string.IsNullOrWhiteSpace(value) ? Aws : value!.Trim().ToLowerInvariant();
        return platform is Aws or Azure ? platform : null;
    }
}
