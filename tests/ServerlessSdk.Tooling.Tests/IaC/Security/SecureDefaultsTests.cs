using static ServerlessSdk.Tooling.Tests.IaC.Security.EmittedYaml;

namespace ServerlessSdk.Tooling.Tests.IaC.Security;

/// <summary>
/// cfn-nag-style checks on every golden folder (each fixture, whose golden files equal what is emitted, and each
/// sample): W47 SNS topics use KMS, W48 SQS queues are encrypted, W49 Kinesis streams are encrypted; every bucket
/// blocks public access, is encrypted and refuses plain HTTP; the HTTP API is throttled and access-logged;
/// asynchronous and stream invocations end in a dead-letter queue; every DynamoDB table is encrypted with
/// point-in-time recovery; every taggable resource has the service and stage tags. Each reads the emitted SAM, Terraform and Serverless Framework files.
/// </summary>
public sealed class SecureDefaultsTests
{
    private static readonly string[] AsyncSamEvents = ["SNS", "S3", "EventBridgeRule", "Schedule"];

    private static readonly string[] TaggableCfnTypes =
        ["AWS::IAM::Role", "AWS::Logs::LogGroup", "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::S3::Bucket", "AWS::Kinesis::Stream", "AWS::CloudWatch::Alarm", "AWS::DynamoDB::Table", "AWS::Events::EventBus"];

    public static TheoryData<string> Folders() => [.. FolderNames()];

    [Fact]
    public void Every_fixture_and_sample_is_checked()
    {
        var folders = FolderNames();

        Assert.Equal(IaCFixtures.AllCases.Count + IaCFixtures.SampleGoldenCases.Count, folders.Count);
        Assert.All(IaCFixtures.AllCases, c => Assert.Contains(c.Name, folders));
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Sam_resources_are_encrypted_private_throttled_and_tagged(string folder)
    {
        var resources = Map(At(Parse(Read(folder, "template.yaml")), "Resources"));

        CheckCloudFormation(resources);
        foreach (var (id, api) in OfType(resources, "AWS::Serverless::HttpApi"))
        {
            Assert.NotNull(At(api, "Properties", "DefaultRouteSettings", "ThrottlingBurstLimit"));
            Assert.NotNull(At(api, "Properties", "DefaultRouteSettings", "ThrottlingRateLimit"));
            Assert.NotNull(At(api, "Properties", "AccessLogSettings", "DestinationArn"));
            Assert.Equal("service", Assert.IsType<Dictionary<string, object>>(At(api, "Properties", "Tags")).Keys.First());
            Assert.True(resources.ContainsKey(Assert.IsType<string>(At(api, "Properties", "AccessLogSettings", "DestinationArn", "Fn::GetAtt", 0))), id);
        }

        foreach (var (id, function) in OfType(resources, "AWS::Serverless::Function"))
        {
            var events = Map(At(function, "Properties", "Events")).Values.Select(e => (string)At(e, "Type")!).ToList();
            Assert.True(Map(At(function, "Properties", "Tags")).ContainsKey("stage"), id);
            if (events.Any(AsyncSamEvents.Contains))
            {
                AssertQueue(resources, At(function, "Properties", "EventInvokeConfig", "DestinationConfig", "OnFailure", "Destination", "Fn::GetAtt", 0), id);
                Assert.NotNull(At(function, "Properties", "EventInvokeConfig", "MaximumRetryAttempts"));
                Assert.NotNull(At(function, "Properties", "EventInvokeConfig", "MaximumEventAgeInSeconds"));
            }

            foreach (var stream in Map(At(function, "Properties", "Events")).Values.Where(e => At(e, "Type") is "Kinesis" or "DynamoDB"))
            {
                AssertQueue(resources, At(stream, "Properties", "DestinationConfig", "OnFailure", "Destination", "Fn::GetAtt", 0), id);
                Assert.NotNull(At(stream, "Properties", "MaximumRetryAttempts"));
                Assert.NotNull(At(stream, "Properties", "MaximumRecordAgeInSeconds"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Serverless_framework_resources_are_encrypted_private_throttled_and_tagged(string folder)
    {
        var root = Parse(Read(folder, "serverless.yml"));
        var resources = Map(At(root, "resources", "Resources"));
        var provider = Map(At(root, "provider"));

        CheckCloudFormation(resources, frameworkBuckets: Map(At(root, "provider")).ContainsKey("s3") ? [.. Map(At(root, "provider", "s3")).Keys] : []);
        Assert.Equal(["service", "stage"], Map(At(provider, "stackTags")).Keys.Take(2));
        foreach (var (key, bucket) in Map(At(provider, "s3")))
        {
            AssertPublicAccessBlocked(Map(At(bucket, "publicAccessBlockConfiguration")), key);
            Assert.Equal("AES256", At(bucket, "bucketEncryption", "ServerSideEncryptionConfiguration", 0, "ServerSideEncryptionByDefault", "SSEAlgorithm"));
            AssertTlsOnlyPolicy(resources, "S3Bucket" + char.ToUpperInvariant(key[0]) + key[1..]);
        }

        if (provider.ContainsKey("httpApi"))
        {
            Assert.NotNull(At(root, "resources", "extensions", "HttpApiStage", "Properties", "DefaultRouteSettings", "ThrottlingBurstLimit"));
            Assert.NotNull(At(root, "resources", "extensions", "HttpApiStage", "Properties", "DefaultRouteSettings", "ThrottlingRateLimit"));
            Assert.NotNull(At(provider, "logs", "httpApi", "format"));
        }

        foreach (var (name, function) in Map(At(root, "functions")))
        {
            var events = List(At(function, "events")).Select(e => Map(e).Keys.Single()).ToList();
            if (events.Any(e => e is "sns" or "s3" or "eventBridge" or "schedule"))
            {
                AssertQueue(resources, At(function, "destinations", "onFailure", "arn", "Fn::GetAtt", 0), name);
                Assert.NotNull(At(function, "maximumRetryAttempts"));
                Assert.NotNull(At(function, "maximumEventAge"));
            }

            foreach (var stream in List(At(function, "events")).Select(e => At(e, "stream")).OfType<Dictionary<string, object>>())
            {
                AssertQueue(resources, At(stream, "destinations", "onFailure", "arn", "Fn::GetAtt", 0), name);
                Assert.NotNull(At(stream, "maximumRetryAttempts"));
                Assert.NotNull(At(stream, "maximumRecordAgeInSeconds"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Terraform_resources_are_encrypted_private_throttled_and_tagged(string folder)
    {
        var blocks = EmittedTerraform.Blocks(Read(folder, "main.tf"));
        var resources = blocks.Where(b => b.Kind == "resource").ToList();
        TerraformBlock[] Of(string type) => [.. resources.Where(r => r.Type == type)];

        var provider = Assert.Single(blocks, b => b.Kind == "provider");
        Assert.True(provider.HasBlock("default_tags"));
        Assert.Contains("service = ", provider.Text, StringComparison.Ordinal);
        Assert.Contains("stage   = ", provider.Text, StringComparison.Ordinal);
        Assert.All(Of("aws_sns_topic"), t => Assert.False(string.IsNullOrEmpty(t.Attribute("kms_master_key_id")), "W47 " + t.Name));
        Assert.All(Of("aws_sqs_queue"), q => Assert.True(q.Attribute("sqs_managed_sse_enabled") == "true" || q.Attribute("kms_master_key_id") is not null, "W48 " + q.Name));
        Assert.All(Of("aws_kinesis_stream"), s => Assert.Equal("\"KMS\"", s.Attribute("encryption_type")));
        Assert.All(Of("aws_dynamodb_table"), t =>
        {
            Assert.True(t.HasBlock("server_side_encryption") && t.HasBlock("point_in_time_recovery"), t.Name);
            Assert.DoesNotContain("enabled = false", t.Text, StringComparison.Ordinal);
        });
        foreach (var bucket in Of("aws_s3_bucket"))
        {
            var reference = $"aws_s3_bucket.{bucket.Name}.id";
            var block = Assert.Single(Of("aws_s3_bucket_public_access_block"), b => b.Attribute("bucket") == reference);
            Assert.All(new[] { "block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets" }, a => Assert.Equal("true", block.Attribute(a)));
            Assert.Equal("\"AES256\"", Assert.Single(Of("aws_s3_bucket_server_side_encryption_configuration"), b => b.Attribute("bucket") == reference).Attribute("sse_algorithm"));
            var policy = Assert.Single(Of("aws_s3_bucket_policy"), b => b.Attribute("bucket") == reference);
            Assert.Equal("\"Deny\"", policy.Attribute("Effect"));
            Assert.Equal("\"false\"", policy.Attribute("\"aws:SecureTransport\""));
        }

        var ruleTargets = Of("aws_cloudwatch_event_target").Where(t => t.Attribute("arn")?.StartsWith("aws_sqs_queue.", StringComparison.Ordinal) == true).ToList();
        var queuePolicies = Of("aws_sqs_queue_policy");
        Assert.Equal(
            ruleTargets.SelectMany(t => t.Attributes("arn")).Select(a => a[..^".arn".Length]).Distinct().Order(StringComparer.Ordinal),
            queuePolicies.Select(p => p.Attribute("queue_url")![..^".id".Length]).Order(StringComparer.Ordinal));
        foreach (var policy in queuePolicies)
        {
            var queue = policy.Attribute("queue_url")![..^".id".Length];
            Assert.Equal("\"events.amazonaws.com\"", policy.Attribute("Service"));
            Assert.Equal("\"sqs:SendMessage\"", policy.Attribute("Action"));
            Assert.Equal(queue + ".arn", policy.Attribute("Resource"));
            var rules = ruleTargets.Where(t => t.Attributes("arn").Contains(queue + ".arn"))
                .Select(t => t.Attribute("rule")![..^".name".Length] + ".arn").Order(StringComparer.Ordinal);
            Assert.Equal(rules, System.Text.RegularExpressions.Regex.Matches(policy.Text, @"aws_cloudwatch_event_rule\.\w+\.arn").Select(m => m.Value).Order(StringComparer.Ordinal));
        }

        foreach (var stage in Of("aws_apigatewayv2_stage"))
        {
            Assert.NotNull(stage.Attribute("throttling_burst_limit"));
            Assert.NotNull(stage.Attribute("throttling_rate_limit"));
            Assert.True(stage.HasBlock("access_log_settings"));
        }

        var invokeConfigs = Of("aws_lambda_function_event_invoke_config");
        foreach (var permission in Of("aws_lambda_permission").Where(p => p.Attribute("principal") != "\"apigateway.amazonaws.com\""))
        {
            var config = Assert.Single(invokeConfigs, c => c.Attribute("function_name") == permission.Attribute("function_name"));
            Assert.StartsWith("aws_sqs_queue.", config.Attribute("destination"), StringComparison.Ordinal);
            Assert.NotNull(config.Attribute("maximum_retry_attempts"));
            Assert.NotNull(config.Attribute("maximum_event_age_in_seconds"));
        }

        foreach (var mapping in Of("aws_lambda_event_source_mapping").Where(m => m.Attribute("starting_position") is not null))
        {
            Assert.StartsWith("aws_sqs_queue.", mapping.Attribute("destination_arn"), StringComparison.Ordinal);
            Assert.NotNull(mapping.Attribute("maximum_retry_attempts"));
            Assert.NotNull(mapping.Attribute("maximum_record_age_in_seconds"));
        }
    }

    /// <summary>What SAM and the framework's <c>resources</c> declare alike.</summary>
    private static void CheckCloudFormation(Dictionary<string, object> resources, IReadOnlyList<string>? frameworkBuckets = null)
    {
        Assert.All(OfType(resources, "AWS::DynamoDB::Table"), t =>
        {
            Assert.Equal("true", At(t.Resource, "Properties", "SSESpecification", "SSEEnabled"));
            Assert.Equal("true", At(t.Resource, "Properties", "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled"));
        });
        Assert.All(OfType(resources, "AWS::SNS::Topic"), t => Assert.False(string.IsNullOrEmpty(At(t.Resource, "Properties", "KmsMasterKeyId") as string), "W47 " + t.Id));
        Assert.All(OfType(resources, "AWS::SQS::Queue"), q => Assert.True(
            At(q.Resource, "Properties", "SqsManagedSseEnabled") is "true" || At(q.Resource, "Properties", "KmsMasterKeyId") is string, "W48 " + q.Id));
        Assert.All(OfType(resources, "AWS::Kinesis::Stream"), s => Assert.Equal("KMS", At(s.Resource, "Properties", "StreamEncryption", "EncryptionType")));
        // The framework creates the buckets of s3 events from provider.s3; a bucket of no event is a plain resource, never both.
        Assert.All(frameworkBuckets ?? [], key => Assert.DoesNotContain("S3Bucket" + char.ToUpperInvariant(key[0]) + key[1..], resources.Keys));
        foreach (var (id, bucket) in OfType(resources, "AWS::S3::Bucket"))
        {
            AssertPublicAccessBlocked(Map(At(bucket, "Properties", "PublicAccessBlockConfiguration")), id);
            Assert.Equal("AES256", At(bucket, "Properties", "BucketEncryption", "ServerSideEncryptionConfiguration", 0, "ServerSideEncryptionByDefault", "SSEAlgorithm"));
            AssertTlsOnlyPolicy(resources, id);
        }

        CheckEventRuleQueues(resources);
        foreach (var (id, resource) in resources.Select(r => (r.Key, r.Value)).Where(r => TaggableCfnTypes.Contains(At(r.Value, "Type"))))
        {
            var tags = List(At(resource, "Properties", "Tags")).Select(t => (string)At(t, "Key")!).ToList();
            Assert.True(tags.Contains("service") && tags.Contains("stage"), $"{id} is not tagged with service and stage");
        }
    }

    /// <summary>
    /// Every queue an event rule sends to (its target, or its target's dead-letter queue) has exactly one policy, which
    /// lets only EventBridge send, only to that queue, and only on behalf of the rules that send there (aws:SourceArn);
    /// no queue policy allows anything else.
    /// </summary>
    private static void CheckEventRuleQueues(Dictionary<string, object> resources)
    {
        var senders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (ruleId, rule) in OfType(resources, "AWS::Events::Rule").Where(r => At(r.Resource, "Properties", "Targets", 0, "Arn", "Fn::GetAtt") is not null))
        {
            var queues = List(At(rule, "Properties", "Targets")).Select(t => At(t, "Arn", "Fn::GetAtt", 0))
                .Concat(List(At(rule, "Properties", "Targets")).Select(t => At(t, "DeadLetterConfig", "Arn", "Fn::GetAtt", 0)))
                .OfType<string>().Where(q => At(resources.GetValueOrDefault(q), "Type") is "AWS::SQS::Queue");
            foreach (var queue in queues)
            {
                (senders.TryGetValue(queue, out var list) ? list : senders[queue] = []).Add(ruleId);
            }
        }

        var policies = OfType(resources, "AWS::SQS::QueuePolicy").ToList();
        Assert.Equal(senders.Keys.Order(StringComparer.Ordinal), policies.Select(p => (string)At(p.Resource, "Properties", "Queues", 0, "Ref")!).Order(StringComparer.Ordinal));
        foreach (var (id, policy) in policies)
        {
            var queue = (string)At(policy, "Properties", "Queues", 0, "Ref")!;
            Assert.Single(List(At(policy, "Properties", "Queues")));
            var statement = Assert.Single(List(At(policy, "Properties", "PolicyDocument", "Statement")));
            Assert.Equal("Allow", At(statement, "Effect"));
            Assert.Equal("events.amazonaws.com", At(statement, "Principal", "Service"));
            Assert.Equal("sqs:SendMessage", At(statement, "Action"));
            Assert.Equal(queue, At(statement, "Resource", "Fn::GetAtt", 0));
            var sources = List(At(statement, "Condition", "ArnEquals", "aws:SourceArn")).Select(a => (string)At(a, "Fn::GetAtt", 0)!);
            Assert.Equal(senders[queue].Order(StringComparer.Ordinal), sources.Order(StringComparer.Ordinal));
        }
    }

    private static void AssertPublicAccessBlocked(Dictionary<string, object> block, string bucket) =>
        Assert.All(new[] { "BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets" }, key => Assert.True(block.GetValueOrDefault(key) is "true", $"{bucket}: {key}"));

    private static void AssertTlsOnlyPolicy(Dictionary<string, object> resources, string bucketId)
    {
        var policy = Assert.Single(OfType(resources, "AWS::S3::BucketPolicy"), p => At(p.Resource, "Properties", "Bucket", "Ref") as string == bucketId).Resource;
        var statement = List(At(policy, "Properties", "PolicyDocument", "Statement")).Single(s => At(s, "Effect") is "Deny");
        Assert.Equal("false", At(statement, "Condition", "Bool", "aws:SecureTransport"));
        Assert.Equal("*", At(statement, "Principal"));
    }

    /// <summary>The destination names a queue the same template declares, itself encrypted (checked with the queues).</summary>
    private static void AssertQueue(Dictionary<string, object> resources, object? logicalId, string function)
    {
        var id = Assert.IsType<string>(logicalId);
        Assert.True(At(resources.GetValueOrDefault(id), "Type") is "AWS::SQS::Queue", $"{function}: the on-failure destination {id} is not a queue of the template");
    }

    private static IEnumerable<(string Id, object Resource)> OfType(Dictionary<string, object> resources, string type) =>
        resources.Where(r => At(r.Value, "Type") as string == type).Select(r => (r.Key, r.Value));

    private static List<string> FolderNames() =>
        [.. Directory.GetDirectories(Path.Combine(AppContext.BaseDirectory, "IaC", "Golden")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    private static string Read(string folder, string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "IaC", "Golden", folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
}
