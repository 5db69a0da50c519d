using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.IaC.Terraform;

/// <summary>Terraform addresses and the expressions that reference a function, one place for every block.</summary>
internal static class TfNames
{
    public static string Function(FunctionModel f) => "aws_lambda_function." + f.Snake;

    public static string Alias(FunctionModel f) => "aws_lambda_alias." + f.Snake;

    /// <summary>What invokes the function: the <c>live</c> alias when it has provisioned concurrency.</summary>
    public static string TargetArn(FunctionModel f) => f.HasAlias ? Alias(f) + ".arn" : Function(f) + ".arn";

    public static string InvokeArn(FunctionModel f) => f.HasAlias ? Alias(f) + ".invoke_arn" : Function(f) + ".invoke_arn";

    public static string Queue(string queue) => "aws_sqs_queue." + Naming.Snake(queue);

    public static string DeadLetterQueue(string queue) => "aws_sqs_queue." + Naming.Snake(queue) + "_dlq";

    /// <summary>The resource name of a function's dead-letter queue.</summary>
    public static string FailureQueueName(FunctionModel f) => FailureQueueName(f.Name);

    public static string FailureQueueName(string function) => Naming.Snake(function) + "_function_failures";

    public static string FailureQueue(FunctionModel f) => "aws_sqs_queue." + FailureQueueName(f);

    public static string Topic(string topic) => "aws_sns_topic." + Naming.Snake(topic);

    public static string Bucket(string bucket) => "aws_s3_bucket." + Naming.Snake(bucket);

    public static string Stream(string stream) => "aws_kinesis_stream." + Naming.Snake(stream);

    public static string StreamArnVariable(string table) => Naming.Snake(table) + "_stream_arn";

    /// <summary>A declared table.</summary>
    public static string Table(string table) => "aws_dynamodb_table." + Naming.Snake(table);

    /// <summary>A declared event bus.</summary>
    public static string EventBus(string bus) => "aws_cloudwatch_event_bus." + Naming.Snake(bus);

    /// <summary>
    /// The resource name of a declared event rule (its rule and its target share it); the prefix keeps it apart from
    /// the rules of <c>[EventBridgeRule]</c> triggers, named after their function.
    /// </summary>
    public static string EventRuleName(string rule) => "rule_" + Naming.Snake(rule);

    /// <summary>A declared event rule.</summary>
    public static string EventRule(string rule) => "aws_cloudwatch_event_rule." + EventRuleName(rule);

    public const string Api = "aws_apigatewayv2_api.http";
}
