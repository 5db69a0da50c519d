using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.IaC.CloudFormation;

/// <summary>CloudFormation logical IDs, shared by the SAM template and the Serverless Framework resources.</summary>
internal static class CfnNames
{
    public static string Function(FunctionModel f) => f.LogicalId + "Function";

    public static string Role(FunctionModel f) => f.LogicalId + "Role";

    public static string LogGroup(FunctionModel f) => f.LogicalId + "LogGroup";

    public static string Alarm(FunctionModel f, string metric) => f.LogicalId + metric + "Alarm";

    public static string Queue(string queue) => Naming.Pascal(queue) + "Queue";

    public static string DeadLetterQueue(string queue) => Naming.Pascal(queue) + "DeadLetterQueue";

    /// <summary>A function's dead-letter queue; no declared resource's ID ends in <c>Failures</c>.</summary>
    public static string FailureQueue(FunctionModel f) => FailureQueue(f.Name);

    public static string FailureQueue(string function) => Naming.Pascal(function) + "FunctionFailures";

    public static string BucketPolicy(string bucket) => Naming.Pascal(bucket) + "BucketPolicy";

    public const string AccessLogGroup = "HttpApiAccessLogGroup";

    public static string Topic(string topic) => Naming.Pascal(topic) + "Topic";

    public static string Bucket(string bucket) => Naming.Pascal(bucket) + "Bucket";

    public static string Stream(string stream) => Naming.Pascal(stream) + "Stream";

    public static string StreamArnParameter(string table) => Naming.Pascal(table) + "StreamArn";

    /// <summary>A declared DynamoDB table.</summary>
    public static string Table(string table) => Naming.Pascal(table) + "Table";

    /// <summary>A declared event bus.</summary>
    public static string EventBus(string bus) => Naming.Pascal(bus) + "EventBus";

    /// <summary>A declared event rule; no other logical ID ends in <c>EventRule</c>.</summary>
    public static string EventRule(string rule) => Naming.Pascal(rule) + "EventRule";

    /// <summary>The policy of a queue event rules send to.</summary>
    public static string QueuePolicy(string queue) => Naming.Pascal(queue) + "QueuePolicy";

    /// <summary>The policy of that queue's dead-letter queue, where the rules put events they could not deliver.</summary>
    public static string DeadLetterQueuePolicy(string queue) => Naming.Pascal(queue) + "DeadLetterQueuePolicy";

    public const string HttpApi = "HttpApi";

    public const string JwtAuthorizer = "JwtAuthorizer";
}
