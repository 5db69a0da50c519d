// One source for declared resources ([assembly: DynamoDbTable], SqsQueue, SnsTopic, S3Bucket, EventBus, StorageTable and [Uses]):
// their kinds, naming rules, checks and the environment variable each reaches a function in. Compiled into
// ServerlessSdk.Tooling and linked into the source generator (netstandard2.0), so the compile-time check, the manifest
// check and every IaC format agree. Plain C#, BCL only.
#if NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.Linq;
#endif
using System.Text.RegularExpressions;

namespace ServerlessSdk.Rules;

/// <summary>One problem of a resource declaration or use: its code and a one-line message.</summary>
internal sealed class ResourceProblem(string code, string message)
{
    public string Code { get; } = code;

    public string Message { get; } = message;
}

/// <summary>
/// Declared resources (docs/iac.md, "Declared resources"). The codes are the generator's (SLS4030–SLS4049): it reports
/// them first, at the attribute; the IaC step checks a manifest with the same rules and codes.
/// </summary>
internal static class ResourceRules
{
    /// <summary>SLS4030: <c>[Uses]</c> names no declared resource, or a trigger names a declared resource of another kind.</summary>
    public const string UnknownResource = "SLS4030";

    /// <summary>SLS4031: two resources have one name (names differing only in case or punctuation count as one).</summary>
    public const string DuplicateResource = "SLS4031";

    /// <summary>SLS4032: a resource name breaks its kind's naming rule.</summary>
    public const string InvalidResourceName = "SLS4032";

    /// <summary>SLS4033: a table's key schema or time-to-live attribute is invalid.</summary>
    public const string InvalidKeySchema = "SLS4033";

    /// <summary>SLS4034: a <c>[DynamoDbStream]</c> trigger names a declared table that has no stream.</summary>
    public const string StreamNotEnabled = "SLS4034";

    /// <summary>SLS4035: <c>[Uses]</c> asks for an access the kind has no meaning for (reading a topic or a bus).</summary>
    public const string AccessNotMeaningful = "SLS4035";

    /// <summary>SLS4036: a resource setting is outside what AWS accepts.</summary>
    public const string InvalidResourceSetting = "SLS4036";

    /// <summary>SLS4037: a trigger sets what the resource it names owns (a queue's redrive policy).</summary>
    public const string TriggerOverridesResource = "SLS4037";

    /// <summary>SLS4038: an <c>[EnvironmentVariable]</c> takes the name of a resource's variable.</summary>
    public const string ResourceVariableConflict = "SLS4038";

    /// <summary>SLS4039: an <c>[assembly: EventRule]</c> is on a bus no <c>[assembly: EventBus]</c> declares.</summary>
    public const string UnknownRuleBus = "SLS4039";

    /// <summary>SLS4040: an <c>[assembly: EventRule]</c> targets something no <c>[assembly: SqsQueue]</c> declares.</summary>
    public const string UnknownRuleTarget = "SLS4040";

    /// <summary>SLS4041: an <c>[assembly: EventRule]</c>'s pattern has neither a source nor a detail type (or an empty one).</summary>
    public const string EmptyEventPattern = "SLS4041";

    /// <summary>SLS4042: an <c>[assembly: EventRule]</c> targets a FIFO queue, which needs a message group id per event.</summary>
    public const string UnsupportedRuleTarget = "SLS4042";

    public const string Table = "dynamodb-table";
    public const string Queue = "sqs-queue";
    public const string Topic = "sns-topic";
    public const string Bucket = "s3-bucket";
    public const string EventBus = "event-bus";

    /// <summary>An Azure Table Storage table in the Function App's storage account (<c>[assembly: StorageTable]</c>).</summary>
    public const string StorageTable = "storage-table";

    /// <summary>Not a resource kind (nothing <c>[Uses]</c> one): the name rule of <c>[assembly: EventRule]</c>.</summary>
    public const string EventRule = "event-rule";

    /// <summary>Every kind, in the manifest's spelling.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Table, Queue, Topic, Bucket, EventBus, StorageTable];

    /// <summary>SQS's longest visibility timeout (12 hours).</summary>
    public const int MaxVisibilityTimeoutSeconds = 43200;

    /// <summary>SQS's largest redrive maxReceiveCount.</summary>
    public const int MaxReceiveCount = 1000;

    private static readonly Regex TableName = new(@"^[A-Za-z][A-Za-z0-9_.-]{2,127}$", RegexOptions.CultureInvariant);
    private static readonly Regex QueueOrTopicName = new("^[A-Za-z][A-Za-z0-9_-]{0,79}$", RegexOptions.CultureInvariant);
    private static readonly Regex BucketName = new(@"^[a-z][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant);
    private static readonly Regex EventBusName = new(@"^[A-Za-z][A-Za-z0-9_.-]{0,127}$", RegexOptions.CultureInvariant);
    private static readonly Regex StorageTableName = new("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant);
    private static readonly Regex EventRuleName = new(@"^[A-Za-z][A-Za-z0-9_.-]{0,63}$", RegexOptions.CultureInvariant);

    /// <summary>
    /// The variable a function that uses or is triggered by the resource reads its name from: upper snake case of the
    /// name plus the kind's suffix, e.g. table <c>Items</c> → <c>ITEMS_TABLE_NAME</c>, queue <c>order-events</c> → <c>ORDER_EVENTS_QUEUE_URL</c>.
    /// </summary>
    public static string EnvironmentVariable(string kind, string name) => UpperSnake(name) + "_" + Suffix(kind);

    /// <summary>What the variable holds: a table's or bucket's name, a queue's URL, a topic's ARN, a bus's name.</summary>
    public static string Suffix(string kind) => kind switch
    {
        Table or StorageTable => "TABLE_NAME",
        Queue => "QUEUE_URL",
        Topic => "TOPIC_ARN",
        Bucket => "BUCKET_NAME",
        EventBus => "EVENT_BUS_NAME",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown resource kind"),
    };

    /// <summary>The key two names share when they differ only in case or punctuation (and would share IaC names).</summary>
    public static string Identity(string name) => string.Concat(NameRules.Words(name)).ToUpperInvariant();

    /// <summary>The kind of resource a trigger type listens to, or null when it cannot name a declared resource.</summary>
    public static string? KindOfTrigger(string triggerType) => triggerType switch
    {
        "sqs" => Queue,
        "sns" => Topic,
        "s3" => Bucket,
        "dynamodb" => Table,
        "eventbridge" => EventBus,
        _ => null,
    };

    /// <summary>Whether reading means anything for the kind: topics and buses are only written to (published, put).</summary>
    public static bool AllowsRead(string kind) => kind is Table or Queue or Bucket or StorageTable;

    /// <summary>The name problem of a declaration, or null.</summary>
    public static ResourceProblem? CheckName(string kind, string name)
    {
        var (rule, expected) = kind switch
        {
            Table => (TableName, "3–128 letters, digits, '.', '-' and '_'"),
            Queue => (QueueOrTopicName, "at most 80 letters, digits, '-' and '_'"),
            Topic => (QueueOrTopicName, "at most 80 letters, digits, '-' and '_'"),
            Bucket => (BucketName, "3–63 lowercase letters, digits, '.' and '-', ending with a letter or digit"),
            EventRule => (EventRuleName, "at most 64 letters, digits, '.', '-' and '_'"),
            StorageTable => (StorageTableName, "3–63 letters and digits"),
            _ => (EventBusName, "at most 128 letters, digits, '.', '-' and '_'"),
        };

        // Azure reserves "tables" (case-insensitive: table names are) for the Tables resource itself.
        var reserved = (kind == EventBus && name == "default") || (kind == StorageTable && string.Equals(name, "tables", StringComparison.OrdinalIgnoreCase));
        return rule.IsMatch(name) && !reserved && !name.Contains("..")
            ? null
            : new ResourceProblem(InvalidResourceName, $"{Describe(kind)} name '{name}' is invalid: use {expected}, starting with a letter{Reserved(kind)}");
    }

    /// <summary>The problems of a table's key schema and time-to-live attribute (DynamoDB: attribute names are 1–255 characters).</summary>
    public static IEnumerable<ResourceProblem> CheckTable(string name, string? partitionKey, string? sortKey, string? timeToLiveAttribute)
    {
        if (string.IsNullOrWhiteSpace(partitionKey))
        {
            yield return new ResourceProblem(InvalidKeySchema, $"Table '{name}' has no partition key: set PartitionKey = \"id\" (the attribute every item is found by)");
        }
        else if (!IsAttributeName(partitionKey!))
        {
            yield return new ResourceProblem(InvalidKeySchema, $"Table '{name}': partition key '{partitionKey}' is not a 1–255 character attribute name without surrounding spaces");
        }

        if (sortKey is not null && (!IsAttributeName(sortKey) || sortKey == partitionKey))
        {
            yield return new ResourceProblem(InvalidKeySchema, $"Table '{name}': sort key '{sortKey}' must be a 1–255 character attribute name other than the partition key");
        }

        if (timeToLiveAttribute is not null && !IsAttributeName(timeToLiveAttribute))
        {
            yield return new ResourceProblem(InvalidKeySchema, $"Table '{name}': time-to-live attribute '{timeToLiveAttribute}' is not a 1–255 character attribute name");
        }
    }

    /// <summary>The problems of a queue's settings.</summary>
    public static IEnumerable<ResourceProblem> CheckQueue(string name, int visibilityTimeoutSeconds, int maxReceiveCount)
    {
        if (visibilityTimeoutSeconds is < 0 or > MaxVisibilityTimeoutSeconds)
        {
            yield return new ResourceProblem(InvalidResourceSetting, $"Queue '{name}': VisibilityTimeoutSeconds {visibilityTimeoutSeconds} is outside 0–{MaxVisibilityTimeoutSeconds}");
        }

        if (maxReceiveCount is < 0 or > MaxReceiveCount)
        {
            yield return new ResourceProblem(InvalidResourceSetting, $"Queue '{name}': MaxReceiveCount {maxReceiveCount} is outside 0–{MaxReceiveCount} (0 creates no dead-letter queue)");
        }
    }

    /// <summary>The names declared more than once (also across kinds: <c>[Uses]</c> names a resource by name alone).</summary>
    public static IEnumerable<string> Duplicates(IEnumerable<string> names) =>
        names.GroupBy(Identity, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(n => $"'{n}'")));

    /// <summary>The problem of one <c>[Uses]</c>, or null. <paramref name="kinds"/> maps each declared name to its kind.</summary>
    public static ResourceProblem? CheckUse(IReadOnlyDictionary<string, string> kinds, string function, string resource, bool reads)
    {
        if (!kinds.TryGetValue(resource, out var kind))
        {
            return new ResourceProblem(UnknownResource, $"{function} uses '{resource}', which no [assembly: DynamoDbTable/SqsQueue/SnsTopic/S3Bucket/EventBus/StorageTable] declares{Known(kinds)}");
        }

        return reads && !AllowsRead(kind)
            ? new ResourceProblem(AccessNotMeaningful, $"{function} reads {Describe(kind)} '{resource}', which can only be written to ({(kind == Topic ? "published" : "put events")}); use Access.Write")
            : null;
    }

    /// <summary>
    /// The problem of a trigger that names a declared resource, or null (also for an undeclared name: the trigger then
    /// creates or refers to its own, as without declarations). <paramref name="hasStream"/> tells whether a named table has a stream.
    /// </summary>
    public static ResourceProblem? CheckTrigger(IReadOnlyDictionary<string, string> kinds, string triggerType, string name, Func<string, bool> hasStream)
    {
        var expected = KindOfTrigger(triggerType);
        if (expected is null || !kinds.TryGetValue(name, out var kind))
        {
            return null;
        }

        if (kind != expected)
        {
            return new ResourceProblem(UnknownResource, $"The {triggerType} trigger names '{name}', which is declared as {Describe(kind)}, not {Describe(expected)}");
        }

        return kind == Table && !hasStream(name)
            ? new ResourceProblem(StreamNotEnabled, $"[DynamoDbStream(\"{name}\")] needs a stream on the table: set Stream = StreamView.NewAndOldImages (or another view) on its [assembly: DynamoDbTable]")
            : null;
    }

    /// <summary>
    /// The problems of an <c>[assembly: EventRule]</c>: its bus must be a declared bus, its target a declared standard
    /// queue, and its pattern must match on something (an empty pattern would take every event on the bus).
    /// <paramref name="kinds"/> maps each declared resource name to its kind; <paramref name="fifo"/> tells whether a queue is FIFO.
    /// </summary>
    public static IEnumerable<ResourceProblem> CheckEventRule(
        IReadOnlyDictionary<string, string> kinds, string name, string bus, string target, IReadOnlyList<string> sources, IReadOnlyList<string> detailTypes, Func<string, bool> fifo)
    {
        if (!kinds.TryGetValue(bus, out var busKind) || busKind != EventBus)
        {
            yield return new ResourceProblem(UnknownRuleBus, $"Event rule '{name}' is on bus '{bus}', which no [assembly: EventBus] declares{Known(kinds, EventBus)}");
        }

        if (!kinds.TryGetValue(target, out var targetKind) || targetKind != Queue)
        {
            yield return new ResourceProblem(UnknownRuleTarget, $"Event rule '{name}' targets '{target}', which no [assembly: SqsQueue] declares{Known(kinds, Queue)}; to invoke a function directly, put [EventBridgeRule(pattern, EventBus = \"{bus}\")] on it");
        }
        else if (fifo(target))
        {
            yield return new ResourceProblem(UnsupportedRuleTarget, $"Event rule '{name}' targets FIFO queue '{target}': EventBridge needs a message group id per event there; target a standard queue");
        }

        if (sources.Count + detailTypes.Count == 0 || sources.Concat(detailTypes).Any(string.IsNullOrWhiteSpace))
        {
            yield return new ResourceProblem(EmptyEventPattern, $"Event rule '{name}' matches every event on its bus: set Source and/or DetailType (none may be empty)");
        }
    }

    /// <summary>
    /// The event pattern of a rule as compact JSON: <c>{"source":[…],"detail-type":[…]}</c>, each only when set, in
    /// that order, so every IaC format writes the same text.
    /// </summary>
    public static string EventPattern(IReadOnlyList<string> sources, IReadOnlyList<string> detailTypes)
    {
        var fields = new List<string>();
        if (sources.Count > 0)
        {
            fields.Add("\"source\":[" + string.Join(",", sources.Select(JsonString)) + "]");
        }

        if (detailTypes.Count > 0)
        {
            fields.Add("\"detail-type\":[" + string.Join(",", detailTypes.Select(JsonString)) + "]");
        }

        return "{" + string.Join(",", fields) + "}";
    }

    /// <summary>A kind for people: "table", "queue", "topic", "bucket", "event bus".</summary>
    public static string Describe(string kind) => kind switch
    {
        Table => "table",
        Queue => "queue",
        Topic => "topic",
        Bucket => "bucket",
        EventRule => "event rule",
        StorageTable => "storage table",
        _ => "event bus",
    };

    private static string Reserved(string kind) => kind switch
    {
        EventBus => " (not 'default', the account's bus)",
        StorageTable => " (not 'tables', which Azure reserves)",
        _ => string.Empty,
    };

    private static string Known(IReadOnlyDictionary<string, string> kinds, string? kind = null)
    {
        var names = kinds.Where(k => kind is null || k.Value == kind).Select(k => k.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        return names.Count == 0 ? string.Empty : " (declared: " + string.Join(", ", names) + ")";
    }

    // Event sources and detail types are printable text; escape what JSON requires.
    private static string JsonString(string value)
    {
        var escaped = new System.Text.StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                < ' ' => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }

    /// <summary>DynamoDB's rule for an attribute name: 1–255 characters, not padded with spaces.</summary>
    public static bool IsAttributeName(string name) => name.Length is > 0 and <= 255 && name.Trim().Length == name.Length;

    private static string UpperSnake(string name) => string.Join("_", NameRules.Words(name).Select(w => w.ToUpperInvariant()));
}
