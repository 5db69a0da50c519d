using System.Text.Json;
using ServerlessSdk.Tooling.Diagnostics;
using ServerlessSdk.Tooling.IaC.Iam;
using ServerlessSdk.Tooling.IaC.Manifest;
using ServerlessSdk.Rules;
using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.IaC.Model;

/// <summary>Applies the settings to the manifest and checks what the writers rely on.</summary>
internal static class ServiceModelBuilder
{
    /// <summary>Lambda's SQS limit: over ten messages a batch needs a batching window.</summary>
    private const int SqsBatchWithoutWindow = 10;

    /// <summary>SQS's maximum visibility timeout (12 hours).</summary>
    private const int MaxVisibilityTimeout = 43200;

    public static (ServiceModel? Model, IReadOnlyList<ServerlessDiagnostic> Diagnostics) Build(ServiceManifest manifest, IaCSettings settings)
    {
        var diagnostics = new List<ServerlessDiagnostic>(IaCSettingsValidator.Validate(settings, manifest));
        if (diagnostics.Count > 0)
        {
            return (null, diagnostics);
        }

        diagnostics.AddRange(DeclaredResources.Check(manifest));
        var functions = manifest.Functions
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => Resolve(manifest, f, settings))
            .ToList();
        foreach (var function in functions)
        {
            Check(function, manifest, diagnostics);
            diagnostics.AddRange(IamPolicies.CheckDeclared(function));
        }

        CheckRoutes(functions, diagnostics);
        CheckNameClashes(manifest, functions, diagnostics);
        CheckDefaultTimeout(manifest, settings, diagnostics);
        var queues = Queues(manifest, functions, diagnostics);
        CheckPhysicalNames(manifest, functions, queues, diagnostics);
        if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return (null, diagnostics);
        }

        var model = new ServiceModel(
            manifest.Service,
            settings,
            functions,
            manifest.JwtAuthorizer,
            queues,
            Distinct(functions.SelectMany(f => f.Triggers.Sns.Select(t => t.Topic)).Concat(manifest.Resources.OfType<DeclaredTopic>().Select(t => t.Name))),
            Distinct(functions.SelectMany(f => f.Triggers.S3.Select(t => t.Bucket)).Concat(manifest.Resources.OfType<DeclaredBucket>().Select(b => b.Name))),
            Distinct(functions.SelectMany(f => f.Triggers.Kinesis.Select(t => t.Stream))),
            Distinct(functions.SelectMany(f => f.Triggers.DynamoDb.Where(t => !f.IsDeclaredTable(t.Table)).Select(t => t.Table))),
            [.. manifest.Resources.OfType<DeclaredTable>().OrderBy(t => t.Name, StringComparer.Ordinal)],
            Distinct(manifest.Resources.OfType<DeclaredEventBus>().Select(b => b.Name)),
            manifest.Resources.OfType<DeclaredBucket>().Where(b => b.Versioning).Select(b => b.Name).ToHashSet(StringComparer.Ordinal))
        {
            EventRules = manifest.EventRules,
        };
        return (model, diagnostics);
    }

    private static FunctionModel Resolve(ServiceManifest manifest, FunctionDeclaration f, IaCSettings settings)
    {
        var service = manifest.Service;
        var architecture = f.Architecture ?? settings.Project.Architecture.Name;
        var environment = f.Environment
            .Where(e => e.Key != FunctionModel.DispatchVariable)
            .Append(new KeyValuePair<string, string>(FunctionModel.DispatchVariable, f.Name))
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
        return new FunctionModel(
            f.Name,
            f.Handler,
            $"{service}-{Naming.Kebab(f.Name)}",
            f.MemorySize ?? settings.Project.MemoryMb,
            f.Timeout ?? settings.Project.TimeoutSeconds,
            architecture,
            f.LogRetentionDays ?? settings.Project.LogRetentionDays,
            f.Tracing,
            f.ReservedConcurrency,
            f.ProvisionedConcurrency,
            settings.PackagePaths[architecture],
            environment,
            [.. f.Policies.Select(p => p with { Actions = PolicyRules.Normalize(p.Actions), Resources = PolicyRules.Normalize(p.Resources) })],
            FunctionTriggers.From(f.Triggers))
        {
            Uses = DeclaredResources.Grants(manifest, f),
            ResourceVariables = ResourceEnvironment.For(manifest, f),
        };
    }

    private static void Check(FunctionModel function, ServiceManifest manifest, List<ServerlessDiagnostic> diagnostics)
    {
        var where = $"function {function.Name}";
        if (function.PhysicalName.Length > 64)
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCNameTooLong, $"{where}: the Lambda name '{function.PhysicalName}' is over 64 characters; shorten the service or function name"));
        }

        var declared = manifest.Functions.First(f => f.Name == function.Name);
        foreach (var name in declared.Environment.Keys.Where(LambdaLimits.IsReservedEnvironment))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCReservedEnvironmentVariable, name == FunctionModel.DispatchVariable
                ? $"{where}: {name} is set by ServerlessSdk (the bootstrap dispatches on it); rename the variable"
                : $"{where}: {name} is reserved by Lambda, which sets it and refuses a function that does; rename the variable"));
        }

        if (function.ProvisionedConcurrency is < 0 || function.ReservedConcurrency is < 0
            || (function.ProvisionedConcurrency is > 0 && function.ReservedConcurrency is { } reserved && function.ProvisionedConcurrency > reserved))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidConcurrency, $"{where}: concurrency must not be negative and provisioned concurrency must not exceed reserved concurrency"));
        }

        if (function.Triggers.Http.Any(r => r.Auth == HttpAuth.Jwt) && manifest.JwtAuthorizer is null)
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCJwtAuthorizerMissing, $"{where}: a route uses JWT auth but the project declares no [assembly: HttpApiJwtAuthorizer]"));
        }

        foreach (var sqs in function.Triggers.Sqs.Where(t => t.BatchSize > SqsBatchWithoutWindow && t.MaximumBatchingWindowSeconds < 1))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidTriggerSettings, $"{where}: queue '{sqs.Queue}' has batch size {sqs.BatchSize}; over 10 Lambda needs MaximumBatchingWindowSeconds of at least 1"));
        }

        var json = function.Triggers.Sns.Select(t => t.FilterPolicy).Concat(function.Triggers.EventBridge.Select(t => t.EventPattern));
        foreach (var text in json.OfType<string>().Where(t => !IsJsonObject(t)))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidTriggerSettings, $"{where}: '{text}' is not a JSON object (event patterns and filter policies are JSON objects)"));
        }
    }

    /// <summary>
    /// SLS4015 for HTTP functions that take ServerlessTimeout over API Gateway's limit. A timeout the function declares
    /// itself was warned about by the generator, which sees the attribute; warning again here would say it twice.
    /// </summary>
    private static void CheckDefaultTimeout(ServiceManifest manifest, IaCSettings settings, List<ServerlessDiagnostic> diagnostics)
    {
        if (settings.Project.TimeoutSeconds <= SettingDefaults.HttpApiIntegrationTimeoutSeconds)
        {
            return;
        }

        var names = manifest.Functions
            .Where(f => f.Timeout is null && f.Triggers.OfType<HttpRouteTrigger>().Any())
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count > 0)
        {
            diagnostics.Add(ServerlessDiagnostic.Warning(
                DiagnosticCodes.TimeoutOverHttpApiLimit,
                $"ServerlessTimeout {settings.Project.TimeoutSeconds} s applies to HTTP API function(s) {string.Join(", ", names)}, above API Gateway's {SettingDefaults.HttpApiIntegrationTimeoutSeconds} s integration limit: callers get 503 after {SettingDefaults.HttpApiIntegrationTimeoutSeconds} s while the function keeps running; set ServerlessTimeout (or their [LambdaFunction(Timeout = …)]) to {SettingDefaults.HttpApiIntegrationTimeoutSeconds} or less"));
        }
    }

    private static void CheckRoutes(List<FunctionModel> functions, List<ServerlessDiagnostic> diagnostics)
    {
        var duplicates = functions
            .SelectMany(f => f.Triggers.Http.Select(r => (f.Name, r.RouteKey)))
            .GroupBy(x => x.RouteKey, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in duplicates)
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCConflictingDeclarations, $"route '{group.Key}' is declared more than once ({string.Join(", ", group.Select(x => x.Name))}); an HTTP API route has one target"));
        }
    }

    /// <summary>Names that differ only in case or punctuation would share a logical ID or Terraform name.</summary>
    private static void CheckNameClashes(ServiceManifest manifest, List<FunctionModel> functions, List<ServerlessDiagnostic> diagnostics)
    {
        IEnumerable<string> Declared<T>() where T : DeclaredResource => manifest.Resources.OfType<T>().Select(r => r.Name);
        var kinds = new (string Kind, IEnumerable<string> Names)[]
        {
            ("function", functions.Select(f => f.Name)),
            ("queue", functions.SelectMany(f => f.Triggers.Sqs.Select(t => t.Queue)).Concat(Declared<DeclaredQueue>())),
            ("topic", functions.SelectMany(f => f.Triggers.Sns.Select(t => t.Topic)).Concat(Declared<DeclaredTopic>())),
            ("bucket", functions.SelectMany(f => f.Triggers.S3.Select(t => t.Bucket)).Concat(Declared<DeclaredBucket>())),
            ("stream", functions.SelectMany(f => f.Triggers.Kinesis.Select(t => t.Stream))),
            ("table", functions.SelectMany(f => f.Triggers.DynamoDb.Select(t => t.Table)).Concat(Declared<DeclaredTable>())),
            ("event bus", Declared<DeclaredEventBus>()),
        };
        foreach (var (kind, names) in kinds)
        {
            var distinct = names.Distinct(StringComparer.Ordinal).ToList();
            var clashes = new[] { (Func<string, string>)Naming.Pascal, Naming.Snake }
                .SelectMany(key => distinct.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1 || g.Key.Length == 0 || g.Key == "r_"))
                .Select(g => string.Join(", ", g.Select(n => $"'{n}'")))
                .Distinct(StringComparer.Ordinal);
            foreach (var clash in clashes)
            {
                diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCConflictingDeclarations, $"{kind} names {clash} map to the same resource name; rename one (names must differ in more than case and punctuation, and contain a letter or digit)"));
            }
        }
    }

    /// <summary>
    /// Each queue once: a declared one with its own settings (its visibility timeout raised to what its consumers
    /// need), one only triggers name with theirs.
    /// </summary>
    private static List<QueueModel> Queues(ServiceManifest manifest, List<FunctionModel> functions, List<ServerlessDiagnostic> diagnostics)
    {
        var service = manifest.Service;
        var queues = new List<QueueModel>();
        var consumers = functions
            .SelectMany(f => f.Triggers.Sqs.Select(t => (Function: f, Trigger: t)))
            .ToLookup(x => x.Trigger.Queue, StringComparer.Ordinal);
        var declared = manifest.Resources.OfType<DeclaredQueue>().ToDictionary(q => q.Name, StringComparer.Ordinal);
        foreach (var queue in declared.Values.OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            var needed = consumers[queue.Name].Select(x => (6 * x.Function.Timeout) + x.Trigger.MaximumBatchingWindowSeconds).DefaultIfEmpty(0).Max();
            if (queue.Fifo && consumers[queue.Name].Any(x => x.Trigger.MaximumBatchingWindowSeconds > 0 || x.Trigger.BatchSize > SqsBatchWithoutWindow))
            {
                diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCInvalidTriggerSettings, $"queue '{queue.Name}' is FIFO: Lambda reads a FIFO queue in batches of at most 10 without a batching window"));
            }

            queues.Add(new QueueModel(queue.Name, Math.Min(Math.Max(queue.VisibilityTimeoutSeconds, needed), MaxVisibilityTimeout), queue.MaxReceiveCount, queue.PhysicalName(service), queue.Fifo));
        }

        foreach (var group in consumers.Where(g => !declared.ContainsKey(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var receiveCounts = group.Select(x => x.Trigger.MaxReceiveCount).Distinct().ToList();
            if (receiveCounts.Count > 1)
            {
                diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCConflictingDeclarations, $"queue '{group.Key}' is declared with different MaxReceiveCount values ({string.Join(", ", receiveCounts)}); a queue has one redrive policy"));
            }

            var visibility = group.Max(x => (6 * x.Function.Timeout) + x.Trigger.MaximumBatchingWindowSeconds);
            queues.Add(new QueueModel(group.Key, Math.Min(visibility, MaxVisibilityTimeout), receiveCounts.Max(), Naming.Physical(service, group.Key)));
        }

        return [.. queues.OrderBy(q => q.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The prefixed names of what the IaC creates must fit AWS's limits (SLS4135) and must not collide: a function's
    /// dead-letter queue could otherwise take the name of a declared queue (SLS4131).
    /// </summary>
    private static void CheckPhysicalNames(ServiceManifest manifest, List<FunctionModel> functions, List<QueueModel> queues, List<ServerlessDiagnostic> diagnostics)
    {
        var service = manifest.Service;
        var queueNames = queues.Select(q => q.PhysicalName)
            .Concat(queues.Where(q => q.HasDeadLetterQueue).Select(q => q.DeadLetterName))
            .Concat(functions.Where(f => f.HasFailureQueue).Select(f => f.FailureQueueName))
            .ToList();
        var limits = new (string Kind, IEnumerable<string> Names, int Max)[]
        {
            ("queue", queueNames, 80),
            ("topic", functions.SelectMany(f => f.Triggers.Sns.Select(t => Naming.Physical(service, t.Topic))).Concat(manifest.Resources.OfType<DeclaredTopic>().Select(t => t.PhysicalName(service))), 256),
            ("bucket", functions.SelectMany(f => f.Triggers.S3.Select(t => Naming.Physical(service, t.Bucket))).Concat(manifest.Resources.OfType<DeclaredBucket>().Select(b => b.PhysicalName(service))), 63),
            ("table", manifest.Resources.OfType<DeclaredTable>().Select(t => t.PhysicalName(service)), 255),
            ("event bus", manifest.Resources.OfType<DeclaredEventBus>().Select(b => b.PhysicalName(service)), 256),
            ("event rule", manifest.EventRules.Select(r => r.PhysicalName(service)), 64),
            ("stream", functions.SelectMany(f => f.Triggers.Kinesis.Select(t => Naming.Physical(service, t.Stream))), 128),
        };
        foreach (var (kind, names, max) in limits)
        {
            foreach (var name in names.Distinct(StringComparer.Ordinal).Where(n => n.Length > max).Order(StringComparer.Ordinal))
            {
                diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCNameTooLong, $"the {kind} name '{name}' (the service, then the declared name) is over {max} characters; shorten the service or the {kind} name"));
            }
        }

        foreach (var clash in queueNames.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Add(ServerlessDiagnostic.Error(DiagnosticCodes.IaCConflictingDeclarations, $"two queues the IaC creates would both be named '{clash.Key}' (a declared queue and a dead-letter queue); rename the queue"));
        }
    }

    private static List<string> Distinct(IEnumerable<string> names) => [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static bool IsJsonObject(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
