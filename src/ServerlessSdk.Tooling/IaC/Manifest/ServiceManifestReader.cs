using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using ServerlessSdk.Rules;

namespace ServerlessSdk.Tooling.IaC.Manifest;

/// <summary>
/// Reads the function manifest (<c>docs/function-manifest.md</c>) from JSON or from the compiled assembly's
/// <c>AssemblyMetadata</c>, without loading the assembly.
/// </summary>
public static class ServiceManifestReader
{
    /// <summary>The manifest the generator stored in <paramref name="assemblyPath"/>, or null when it declares no functions.</summary>
    /// <exception cref="ManifestFormatException">The assembly or its manifest cannot be read.</exception>
    public static ServiceManifest? FromAssembly(string assemblyPath)
    {
        var json = ReadAssemblyMetadata(assemblyPath, ServiceManifest.AssemblyMetadataKey);
        return json is null ? null : FromJson(json);
    }

    /// <summary>Parses manifest JSON.</summary>
    /// <exception cref="ManifestFormatException">Not JSON, a newer schema version, or a missing/mistyped field.</exception>
    public static ServiceManifest FromJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var version = Int(root, "schemaVersion");
            if (version != ServiceManifest.SchemaVersion)
            {
                throw new ManifestFormatException($"function manifest schema version {version} is not supported (this tooling reads {ServiceManifest.SchemaVersion}); use the same ServerlessSdk version for ServerlessSdk.Functions and ServerlessSdk.Build");
            }

            var authorizer = root.TryGetProperty("jwtAuthorizer", out var a) && a.ValueKind == JsonValueKind.Object
                ? new JwtAuthorizer(String(a, "issuer"), Strings(a, "audiences"))
                : null;
            var functions = root.GetProperty("functions").EnumerateArray().Select(Function).ToList();
            var platform = OptionalString(root, "platform") ?? ServerlessPlatforms.Aws;
            if (!ServerlessPlatforms.All.Contains(platform))
            {
                throw new FormatException($"unknown platform '{platform}'");
            }

            var resources = root.TryGetProperty("resources", out var r)
                ? r.EnumerateArray().Select(Resource).OrderBy(x => x.Name, StringComparer.Ordinal).ToList()
                : [];
            var rules = root.TryGetProperty("eventRules", out var er)
                ? er.EnumerateArray().Select(EventRule).OrderBy(x => x.Name, StringComparer.Ordinal).ToList()
                : [];
            return new ServiceManifest(String(root, "service"), functions, authorizer) { Platform = platform, Resources = resources, EventRules = rules };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ManifestFormatException($"the function manifest is malformed: {ex.Message}", ex);
        }
    }

    private static DeclaredResource Resource(JsonElement r)
    {
        var kind = String(r, "kind");
        var name = String(r, "name");
        return kind switch
        {
            ResourceRules.Table => new DeclaredTable(
                name,
                Key(r.GetProperty("partitionKey")),
                r.TryGetProperty("sortKey", out var sort) && sort.ValueKind != JsonValueKind.Null ? Key(sort) : null,
                OptionalString(r, "stream"),
                Bool(r, "pointInTimeRecovery"),
                Bool(r, "deletionProtection"),
                OptionalString(r, "timeToLiveAttribute"))
            {
                Indexes = r.TryGetProperty("indexes", out var indexes) && indexes.ValueKind != JsonValueKind.Null
                    ? [.. indexes.EnumerateArray().Select(Index).OrderBy(i => i.Name, StringComparer.Ordinal)]
                    : [],
            },
            ResourceRules.Queue => new DeclaredQueue(name, Bool(r, "fifo"), Int(r, "visibilityTimeoutSeconds"), Int(r, "maxReceiveCount")),
            ResourceRules.Topic => new DeclaredTopic(name),
            ResourceRules.Bucket => new DeclaredBucket(name, Bool(r, "versioning")),
            ResourceRules.EventBus => new DeclaredEventBus(name),
            ResourceRules.StorageTable => new DeclaredStorageTable(name),
            _ => throw new FormatException($"unknown resource kind '{kind}'"),
        };
    }

    private static DeclaredEventRule EventRule(JsonElement r) =>
        new(String(r, "name"), String(r, "bus"), OptionalStrings(r, "source"), OptionalStrings(r, "detailType"), String(r, "target"));

    private static TableIndex Index(JsonElement index)
    {
        var projection = OptionalString(index, "projection") ?? IndexRules.Projections[0];
        return IndexRules.Projections.Contains(projection)
            ? new TableIndex(
                String(index, "name"),
                Key(index.GetProperty("partitionKey")),
                index.TryGetProperty("sortKey", out var sort) && sort.ValueKind != JsonValueKind.Null ? Key(sort) : null,
                projection)
            : throw new FormatException($"unknown index projection '{projection}'");
    }

    private static TableKey Key(JsonElement key)
    {
        var type = String(key, "type");
        return type is "S" or "N" or "B" ? new TableKey(String(key, "name"), type) : throw new FormatException($"unknown key type '{type}'");
    }

    private static ResourceUse Use(JsonElement u)
    {
        var access = String(u, "access") switch
        {
            "read" => ResourceAccess.Read,
            "write" => ResourceAccess.Write,
            "readwrite" => ResourceAccess.ReadWrite,
            var other => throw new FormatException($"unknown access '{other}'"),
        };
        return new ResourceUse(String(u, "resource"), access);
    }

    private static FunctionDeclaration Function(JsonElement f) => new(
        String(f, "name"),
        String(f, "handler"),
        OptionalInt(f, "memorySize"),
        OptionalInt(f, "timeout"),
        OptionalString(f, "architecture"),
        OptionalInt(f, "reservedConcurrency"),
        OptionalInt(f, "provisionedConcurrency"),
        OptionalInt(f, "logRetentionDays"),
        f.GetProperty("tracing").GetBoolean(),
        f.TryGetProperty("environment", out var env)
            ? env.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>(),
        f.TryGetProperty("policies", out var policies)
            ? policies.EnumerateArray().Select(p => new PolicyStatement(Strings(p, "actions"), Strings(p, "resources"), OptionalString(p, "allowBroadAccess"))).ToList()
            : [],
        f.GetProperty("triggers").EnumerateArray().Select(Trigger).ToList())
    {
        Uses = f.TryGetProperty("uses", out var uses) ? [.. uses.EnumerateArray().Select(Use).OrderBy(u => u.Resource, StringComparer.Ordinal)] : [],
    };

    private static Trigger Trigger(JsonElement t)
    {
        var type = String(t, "type");
        return type switch
        {
            "http" => new HttpRouteTrigger(String(t, "method"), String(t, "path"), Auth(String(t, "auth")), OptionalStrings(t, "scopes")),
            "sqs" => new SqsTrigger(String(t, "queue"), Int(t, "batchSize"), Int(t, "maximumBatchingWindowSeconds"), Bool(t, "reportBatchItemFailures"), Int(t, "maxReceiveCount")),
            "sns" => new SnsTrigger(String(t, "topic"), OptionalString(t, "filterPolicy")),
            "eventbridge" => new EventBridgeTrigger(String(t, "eventPattern"), String(t, "eventBus")),
            "schedule" => new ScheduleTrigger(String(t, "expression"), Bool(t, "enabled")),
            "s3" => new S3Trigger(String(t, "bucket"), Strings(t, "events"), OptionalString(t, "prefix"), OptionalString(t, "suffix")),
            "dynamodb" => new DynamoDbStreamTrigger(String(t, "table"), Position(String(t, "startingPosition")), Int(t, "batchSize"), Bool(t, "bisectBatchOnError"), Bool(t, "reportBatchItemFailures")),
            "kinesis" => new KinesisStreamTrigger(String(t, "stream"), Position(String(t, "startingPosition")), Int(t, "batchSize"), Bool(t, "bisectBatchOnError"), Bool(t, "reportBatchItemFailures")),
            "timer" => new TimerTrigger(String(t, "schedule"), OptionalString(t, "expression"), !t.TryGetProperty("enabled", out var enabled) || enabled.GetBoolean()),
            "azure-queue" => new StorageQueueTrigger(String(t, "queue"), String(t, "connection")),
            "azure-blob" => new BlobTrigger(String(t, "path"), String(t, "connection")),
            "azure-eventgrid" => new EventGridTrigger(),
            "service-bus-queue" => new ServiceBusQueueTrigger(String(t, "queue"), String(t, "connection")),
            _ => throw new FormatException($"unknown trigger type '{type}'"),
        };
    }

    private static HttpAuth Auth(string value) => value switch
    {
        "none" => HttpAuth.None,
        "iam" => HttpAuth.Iam,
        "jwt" => HttpAuth.Jwt,
        _ => throw new FormatException($"unknown auth '{value}'"),
    };

    private static StreamStartingPosition Position(string value) => value switch
    {
        "LATEST" => StreamStartingPosition.Latest,
        "TRIM_HORIZON" => StreamStartingPosition.TrimHorizon,
        _ => throw new FormatException($"unknown starting position '{value}'"),
    };

    private static string String(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null");

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetString() : null;

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static int? OptionalInt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.GetInt32() : null;

    private static bool Bool(JsonElement e, string name) => e.GetProperty(name).GetBoolean();

    private static List<string> Strings(JsonElement e, string name) =>
        e.GetProperty(name).EnumerateArray().Select(v => v.GetString() ?? throw new FormatException($"null in '{name}'")).ToList();

    private static List<string> OptionalStrings(JsonElement e, string name) =>
        e.TryGetProperty(name, out _) ? Strings(e, name) : [];

    private static string? ReadAssemblyMetadata(string assemblyPath, string key)
    {
        try
        {
            using var stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new ManifestFormatException($"{assemblyPath} is not a .NET assembly");
            }

            var reader = pe.GetMetadataReader();
            foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                if (!IsAssemblyMetadataAttribute(reader, attribute))
                {
                    continue;
                }

                var value = attribute.DecodeValue(new StringOnlyTypeProvider());
                if (value.FixedArguments.Length == 2 && value.FixedArguments[0].Value as string == key)
                {
                    return value.FixedArguments[1].Value as string;
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            throw new ManifestFormatException($"cannot read {assemblyPath}: {ex.Message}", ex);
        }
    }

    private static bool IsAssemblyMetadataAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, "AssemblyMetadataAttribute")
            && reader.StringComparer.Equals(type.Namespace, "System.Reflection");
    }

    /// <summary>AssemblyMetadataAttribute(string, string) has only string arguments; nothing else needs decoding.</summary>
    private sealed class StringOnlyTypeProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => string.Empty;

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => string.Empty;

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
