namespace ServerlessSdk.Functions.Generator;

/// <summary>Metadata names of the types the generator recognises.</summary>
internal static class KnownTypes
{
    public const string Attributes = "ServerlessSdk.Functions.";
    public const string LambdaFunction = Attributes + "LambdaFunctionAttribute";
    public const string EnvironmentVariable = Attributes + "EnvironmentVariableAttribute";
    public const string PolicyStatement = Attributes + "PolicyStatementAttribute";
    public const string HttpApi = Attributes + "HttpApiAttribute";
    public const string JwtAuthorizer = Attributes + "HttpApiJwtAuthorizerAttribute";
    public const string Sqs = Attributes + "SqsTriggerAttribute";
    public const string Sns = Attributes + "SnsTriggerAttribute";
    public const string EventBridge = Attributes + "EventBridgeRuleAttribute";
    public const string Schedule = Attributes + "ScheduleAttribute";
    public const string S3 = Attributes + "S3TriggerAttribute";
    public const string DynamoDb = Attributes + "DynamoDbStreamAttribute";
    public const string Kinesis = Attributes + "KinesisStreamAttribute";
    public const string StorageQueue = Attributes + "StorageQueueTriggerAttribute";
    public const string Blob = Attributes + "BlobTriggerAttribute";
    public const string ServiceBusQueue = Attributes + "ServiceBusQueueTriggerAttribute";
    public const string EventGrid = Attributes + "EventGridTriggerAttribute";

    public static readonly string[] Triggers = [HttpApi, Sqs, Sns, EventBridge, Schedule, S3, DynamoDb, Kinesis, StorageQueue, Blob, ServiceBusQueue, EventGrid];

    public const string Uses = Attributes + "UsesAttribute";
    public const string DynamoDbTable = Attributes + "DynamoDbTableAttribute";
    public const string SqsQueue = Attributes + "SqsQueueAttribute";
    public const string SnsTopic = Attributes + "SnsTopicAttribute";
    public const string S3Bucket = Attributes + "S3BucketAttribute";
    public const string EventBus = Attributes + "EventBusAttribute";
    public const string DynamoDbIndex = Attributes + "DynamoDbIndexAttribute";
    public const string StorageTable = Attributes + "StorageTableAttribute";

    public static readonly string[] Resources = [DynamoDbTable, SqsQueue, SnsTopic, S3Bucket, EventBus, StorageTable];

    public const string EventRule = Attributes + "EventRuleAttribute";

    /// <summary>The manifest kind (ServerlessSdk.Rules.ResourceRules) of a resource attribute, or null for another attribute.</summary>
    public static string? ResourceKind(string? attribute) => attribute switch
    {
        DynamoDbTable => Rules.ResourceRules.Table,
        SqsQueue => Rules.ResourceRules.Queue,
        SnsTopic => Rules.ResourceRules.Topic,
        S3Bucket => Rules.ResourceRules.Bucket,
        EventBus => Rules.ResourceRules.EventBus,
        StorageTable => Rules.ResourceRules.StorageTable,
        _ => null,
    };

    public const string Events = "global::ServerlessSdk.Runtime.Events.";
    public const string HttpApiRequest = Events + "HttpApiRequest";
    public const string HttpApiResponse = Events + "HttpApiResponse";
    public const string SqsEvent = Events + "SqsEvent";
    public const string SqsBatchResponse = Events + "SqsBatchResponse";
    public const string SnsEvent = Events + "SnsEvent";
    public const string ScheduledEvent = Events + "ScheduledEvent";
    public const string EventBridgeEventPrefix = Events + "EventBridgeEvent<";
    public const string EventBridgeJsonElement = Events + "EventBridgeEvent<global::System.Text.Json.JsonElement>";
    public const string S3Event = Events + "S3Event";
    public const string DynamoDbStreamEvent = Events + "DynamoDbStreamEvent";
    public const string KinesisEvent = Events + "KinesisEvent";
    public const string StreamsBatchResponse = Events + "StreamsBatchResponse";
    public const string StorageQueueMessage = Events + "StorageQueueMessage";
    public const string BlobTriggerEvent = Events + "BlobTriggerEvent";
    public const string ServiceBusMessage = Events + "ServiceBusMessage";
    public const string EventGridEvent = Events + "EventGridEvent";
    public const string TimerInfo = Events + "TimerInfo";
    public const string LambdaContext = "global::ServerlessSdk.Runtime.ILambdaContext";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string JsonSerializable = "System.Text.Json.Serialization.JsonSerializableAttribute";

    /// <summary>The runtime's own source-generated metadata for its event types.</summary>
    public static string? RuntimeTypeInfo(string type) => type switch
    {
        HttpApiRequest => Events + "HttpApiJsonContext.Default.HttpApiRequest",
        HttpApiResponse => Events + "HttpApiJsonContext.Default.HttpApiResponse",
        SqsEvent => Events + "SqsJsonContext.Default.SqsEvent",
        SqsBatchResponse => Events + "SqsJsonContext.Default.SqsBatchResponse",
        SnsEvent => Events + "SnsJsonContext.Default.SnsEvent",
        ScheduledEvent => Events + "EventBridgeJsonContext.Default.ScheduledEvent",
        EventBridgeJsonElement => Events + "EventBridgeJsonContext.Default.EventBridgeEventJsonElement",
        S3Event => Events + "S3JsonContext.Default.S3Event",
        DynamoDbStreamEvent => Events + "StreamsJsonContext.Default.DynamoDbStreamEvent",
        KinesisEvent => Events + "StreamsJsonContext.Default.KinesisEvent",
        StreamsBatchResponse => Events + "StreamsJsonContext.Default.StreamsBatchResponse",
        _ => null,
    };

    /// <summary>The event type each trigger kind delivers (EventBridge rules: any EventBridgeEvent&lt;T&gt;).</summary>
    public static bool Accepts(string triggerKind, string eventType) => triggerKind switch
    {
        "sqs" => eventType == SqsEvent,
        "sns" => eventType == SnsEvent,
        "eventbridge" => eventType == ScheduledEvent || eventType.StartsWith(EventBridgeEventPrefix, System.StringComparison.Ordinal),
        "schedule" => eventType == ScheduledEvent || eventType.StartsWith(EventBridgeEventPrefix, System.StringComparison.Ordinal),
        "s3" => eventType == S3Event,
        "dynamodb" => eventType == DynamoDbStreamEvent,
        "kinesis" => eventType == KinesisEvent,
        "timer" => eventType == TimerInfo || eventType == ScheduledEvent,
        "azure-queue" => eventType == StorageQueueMessage,
        "azure-blob" => eventType == BlobTriggerEvent,
        "service-bus-queue" => eventType == ServiceBusMessage,
        "azure-eventgrid" => eventType == EventGridEvent,
        _ => false,
    };

    public static string ExpectedEvent(string triggerKind) => triggerKind switch
    {
        "sqs" => "SqsEvent",
        "sns" => "SnsEvent",
        "eventbridge" => "EventBridgeEvent<T> or ScheduledEvent",
        "schedule" => "ScheduledEvent",
        "s3" => "S3Event",
        "dynamodb" => "DynamoDbStreamEvent",
        "kinesis" => "KinesisEvent",
        "timer" => "TimerInfo or ScheduledEvent",
        "azure-queue" => "StorageQueueMessage",
        "azure-blob" => "BlobTriggerEvent",
        "service-bus-queue" => "ServiceBusMessage",
        "azure-eventgrid" => "EventGridEvent",
        _ => "HttpApiRequest",
    };

    /// <summary>The batch response a trigger kind may return.</summary>
    public static string? BatchResponse(string triggerKind) => triggerKind switch
    {
        "sqs" => SqsBatchResponse,
        "dynamodb" or "kinesis" => StreamsBatchResponse,
        _ => null,
    };

    /// <summary>Event types the Azure custom-handler runtime builds itself from the invocation payload: no JSON metadata needed.</summary>
    public static bool IsAzureEvent(string type) => type is StorageQueueMessage or BlobTriggerEvent or ServiceBusMessage or EventGridEvent or TimerInfo;
}
