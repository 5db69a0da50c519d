using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;

namespace ServerlessSdk.Functions.Generator;

/// <summary>Turns one trigger attribute into its manifest JSON, reporting values AWS would refuse.</summary>
internal static class TriggerReader
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"];

    public static TriggerModel? Read(AttributeData attribute, List<DiagnosticInfo> diagnostics)
    {
        var name = attribute.AttributeClass?.ToDisplayString();
        if (name is null || !KnownTypes.Triggers.Contains(name) || !AttributeArguments.AreBound(attribute))
        {
            return null;
        }

        var location = LocationInfo.From(attribute.ApplicationSyntaxReference);
        if (!AttributeArguments.EnumsAreDefined(attribute, location, diagnostics))
        {
            return null;
        }

        var named = attribute.NamedArguments.ToDictionary(a => a.Key, a => a.Value);
        var first = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value : null;
        var context = new Reader(named, location, diagnostics);
        return name switch
        {
            KnownTypes.HttpApi => Http(attribute, named, location, diagnostics),
            KnownTypes.Sqs => Sqs(first as string ?? string.Empty, context),
            KnownTypes.Sns => Sns(first as string ?? string.Empty, context),
            KnownTypes.EventBridge => EventBridge(first as string ?? string.Empty, context),
            KnownTypes.Schedule => Schedule(first as string ?? string.Empty, context),
            KnownTypes.S3 => S3(first as string ?? string.Empty, context),
            KnownTypes.DynamoDb => Stream("dynamodb", "table", first as string ?? string.Empty, context),
            KnownTypes.StorageQueue => AzureTriggers.StorageQueue(first as string ?? string.Empty, context.String("Connection") ?? "AzureWebJobsStorage", location, diagnostics),
            KnownTypes.Blob => AzureTriggers.Blob(first as string ?? string.Empty, context.String("Connection") ?? "AzureWebJobsStorage", location, diagnostics),
            KnownTypes.EventGrid => new TriggerModel("azure-eventgrid", string.Empty, location),
            KnownTypes.ServiceBusQueue => AzureTriggers.ServiceBusQueue(first as string ?? string.Empty, context.String("Connection") ?? "ServiceBusConnection", location, diagnostics),
            _ => Stream("kinesis", "stream", first as string ?? string.Empty, context),
        };
    }

    private static TriggerModel Http(AttributeData attribute, Dictionary<string, TypedConstant> named, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        // Bound and defined (checked in Read), so the value indexes the table; the table follows LambdaHttpMethod's order.
        var method = Methods[(int)attribute.ConstructorArguments[0].Value!];
        var path = attribute.ConstructorArguments[1].Value as string ?? string.Empty;
        var problem = RoutePath.Validate(path, out _);
        if (problem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.MalformedRoute, location, $"{method} {path}", problem));
        }

        var auth = named.TryGetValue("Auth", out var a) && a.Value is int value ? value switch { 1 => "iam", 2 => "jwt", _ => "none" } : "none";
        var scopes = MethodAnalyzer.Strings(named, "Scopes");
        if (scopes.Count > 0 && auth != "jwt")
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, $"Route '{method} {path}' lists Scopes, which only JWT routes check: set Auth = HttpApiAuth.Jwt"));
        }

        var json = $"\"method\":{Json.String(method)},\"path\":{Json.String(path)},\"auth\":{Json.String(auth)},\"scopes\":{Json.Strings(scopes)}";
        return new TriggerModel("http", json, location, method, path, auth);
    }

    private static TriggerModel Sqs(string queue, Reader r)
    {
        r.Name(queue, Limits.QueueOrTopicName, "SQS queue name", "letters, digits, '-' and '_', at most 80");
        var batch = r.Int("BatchSize", 10, 1, 10000);
        var window = r.Int("MaximumBatchingWindowSeconds", 0, 0, 300);
        if (batch > 10 && window == 0)
        {
            r.Error($"SQS BatchSize {batch} needs MaximumBatchingWindowSeconds of at least 1 (Lambda's rule for batches over 10)");
        }

        var receives = r.Int("MaxReceiveCount", 5, 0, 1000);
        var report = r.Bool("ReportBatchItemFailures", true);
        return r.Trigger("sqs", $"\"queue\":{Json.String(queue)},\"batchSize\":{Json.Number(batch)},\"maximumBatchingWindowSeconds\":{Json.Number(window)},\"reportBatchItemFailures\":{Json.Bool(report)},\"maxReceiveCount\":{Json.Number(receives)}", queue, r.Has("MaxReceiveCount"));
    }

    private static TriggerModel Sns(string topic, Reader r)
    {
        r.Name(topic, Limits.QueueOrTopicName, "SNS topic name", "letters, digits, '-' and '_'");
        var filter = r.String("FilterPolicy");
        if (filter is not null && !Json.IsObject(filter))
        {
            r.Report(Diagnostics.InvalidJson, "FilterPolicy");
        }

        return r.Trigger("sns", $"\"topic\":{Json.String(topic)},\"filterPolicy\":{Json.String(filter)}", topic);
    }

    private static TriggerModel EventBridge(string pattern, Reader r)
    {
        if (!Json.IsObject(pattern))
        {
            r.Report(Diagnostics.InvalidJson, "The event pattern");
        }

        var bus = r.String("EventBus") ?? "default";
        r.Name(bus, Limits.EventBusName, "Event bus name", "letters, digits, '/', '.', '-' and '_'");
        return r.Trigger("eventbridge", $"\"eventPattern\":{Json.String(pattern)},\"eventBus\":{Json.String(bus)}", bus == "default" ? null : bus);
    }

    private static TriggerModel Schedule(string expression, Reader r)
    {
        var problem = ScheduleExpression.Validate(expression);
        if (problem is not null)
        {
            r.Report(Diagnostics.InvalidSchedule, expression, problem);
        }

        var enabled = r.Bool("Enabled", true);
        return r.Trigger("schedule", $"\"expression\":{Json.String(expression)},\"enabled\":{Json.Bool(enabled)}") with { Expression = problem is null ? expression : null, Enabled = enabled };
    }

    private static TriggerModel S3(string bucket, Reader r)
    {
        r.Name(bucket, Limits.BucketName, "S3 bucket name", "3–63 lowercase letters, digits, '.' and '-'");
        var events = r.Strings("Events", ["s3:ObjectCreated:*"]);
        foreach (var name in events.Where(e => !e.StartsWith("s3:", System.StringComparison.Ordinal)))
        {
            r.Error($"S3 event '{name}' is not an S3 event name like 's3:ObjectCreated:*'");
        }

        return r.Trigger("s3", $"\"bucket\":{Json.String(bucket)},\"events\":{Json.Strings(events)},\"prefix\":{Json.String(r.String("Prefix"))},\"suffix\":{Json.String(r.String("Suffix"))}", bucket);
    }

    private static TriggerModel Stream(string kind, string field, string name, Reader r)
    {
        r.Name(name, Limits.StreamOrTableName, kind == "dynamodb" ? "DynamoDB table name" : "Kinesis stream name", "3–128 letters, digits, '.', '-' and '_'");
        var position = r.Int("StartingPosition", 0, 0, 1) == 1 ? "TRIM_HORIZON" : "LATEST";
        var batch = r.Int("BatchSize", 100, 1, 10000);
        return r.Trigger(kind, $"\"{field}\":{Json.String(name)},\"startingPosition\":{Json.String(position)},\"batchSize\":{Json.Number(batch)},\"bisectBatchOnError\":{Json.Bool(r.Bool("BisectBatchOnError", true))},\"reportBatchItemFailures\":{Json.Bool(r.Bool("ReportBatchItemFailures", true))}", kind == "dynamodb" ? name : null);
    }

    private sealed class Reader(Dictionary<string, TypedConstant> named, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        public int Int(string key, int fallback, int min, int max)
        {
            var value = named.TryGetValue(key, out var v) && v.Value is int i ? i : fallback;
            if (value < min || value > max)
            {
                Error($"{key} {value.ToString(CultureInfo.InvariantCulture)} is outside {min}–{max}");
            }

            return value;
        }

        public bool Bool(string key, bool fallback) => named.TryGetValue(key, out var v) && v.Value is bool b ? b : fallback;

        public string? String(string key) => named.TryGetValue(key, out var v) ? v.Value as string : null;

        public List<string> Strings(string key, List<string> fallback) => named.ContainsKey(key) ? MethodAnalyzer.Strings(named, key) : fallback;

        public void Name(string value, System.Text.RegularExpressions.Regex rule, string what, string expected)
        {
            if (!rule.IsMatch(value))
            {
                Error($"{what} '{value}' is invalid: use {expected}");
            }
        }

        public void Error(string message) => diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, message));

        public void Report(DiagnosticDescriptor descriptor, params string[] arguments) => diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

        public bool Has(string key) => named.ContainsKey(key);

        public TriggerModel Trigger(string kind, string json, string? resource = null, bool setsRedrive = false) =>
            new(kind, json, location, Resource: resource, SetsRedrive: setsRedrive);
    }
}
