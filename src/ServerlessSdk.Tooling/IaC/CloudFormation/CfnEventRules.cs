using ServerlessSdk.Tooling.IaC.Model;
using ServerlessSdk.Tooling.IaC.Yaml;

namespace ServerlessSdk.Tooling.IaC.CloudFormation;

/// <summary>
/// The declared event rules in CloudFormation (SAM and the Serverless Framework write the same): each rule on its
/// bus with its queue as the one target, undeliverable events going to the queue's dead-letter queue, and one policy
/// per queue that lets EventBridge send only on behalf of the rules that target it.
/// </summary>
internal static class CfnEventRules
{
    /// <summary>The rules, then each target queue's (and dead-letter queue's) policy, logical ID → resource.</summary>
    public static IEnumerable<(string LogicalId, YamlMap Resource)> Resources(ServiceModel model)
    {
        foreach (var rule in model.EventRules)
        {
            var queue = model.Queues.Single(q => q.Name == rule.Target);
            var target = new YamlMap()
                .Add("Id", CfnNames.Queue(queue.Name))
                .Add("Arn", YamlMap.GetAtt(CfnNames.Queue(queue.Name), "Arn"))
                .AddIf("DeadLetterConfig", queue.HasDeadLetterQueue ? new YamlMap().Add("Arn", YamlMap.GetAtt(CfnNames.DeadLetterQueue(queue.Name), "Arn")) : null);
            yield return (CfnNames.EventRule(rule.Name), CfnResources.Resource("AWS::Events::Rule", new YamlMap()
                .Add("Name", rule.PhysicalName(model.Service))
                .Add("Description", $"ServerlessSdk event rule {rule.Name}: matching events on {model.Physical(rule.Bus)} to {queue.PhysicalName}")
                .Add("EventBusName", YamlMap.Ref(CfnNames.EventBus(rule.Bus)))
                .Add("EventPattern", YamlNode.FromJson(rule.EventPattern))
                .Add("State", "ENABLED")
                .Add("Targets", YamlSeq.Of(target))));
        }

        foreach (var queue in model.RuleTargetQueues)
        {
            var rules = model.RulesTargeting(queue.Name);
            yield return (CfnNames.QueuePolicy(queue.Name), QueuePolicy(CfnNames.Queue(queue.Name), rules.Select(r => r.Name)));
            if (queue.HasDeadLetterQueue)
            {
                yield return (CfnNames.DeadLetterQueuePolicy(queue.Name), QueuePolicy(CfnNames.DeadLetterQueue(queue.Name), rules.Select(r => r.Name)));
            }
        }
    }

    /// <summary>
    /// <c>sqs:SendMessage</c> for <c>events.amazonaws.com</c> on this queue only, and only when the request comes from
    /// one of <paramref name="rules"/> (<c>aws:SourceArn</c>): no other rule, account or principal may send.
    /// </summary>
    private static YamlMap QueuePolicy(string queueLogicalId, IEnumerable<string> rules) => CfnResources.Resource("AWS::SQS::QueuePolicy", new YamlMap()
        .Add("Queues", YamlSeq.Of(YamlMap.Ref(queueLogicalId)))
        .Add("PolicyDocument", new YamlMap()
            .Add("Version", CfnResources.PolicyVersion)
            .Add("Statement", YamlSeq.Of(new YamlMap()
                .Add("Sid", "AllowEventRules")
                .Add("Effect", "Allow")
                .Add("Principal", new YamlMap().Add("Service", "events.amazonaws.com"))
                .Add("Action", "sqs:SendMessage")
                .Add("Resource", YamlMap.GetAtt(queueLogicalId, "Arn"))
                .Add("Condition", new YamlMap().Add("ArnEquals", new YamlMap()
                    .Add("aws:SourceArn", new YamlSeq(rules.Select(r => (YamlNode)YamlMap.GetAtt(CfnNames.EventRule(r), "Arn"))))))))));
}
