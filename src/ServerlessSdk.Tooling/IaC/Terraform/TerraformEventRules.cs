using ServerlessSdk.Tooling.IaC.Hcl;
using ServerlessSdk.Tooling.IaC.Model;

namespace ServerlessSdk.Tooling.IaC.Terraform;

/// <summary>
/// The declared event rules in Terraform: each rule on its bus, its queue as the one target (undeliverable events to
/// the queue's dead-letter queue), and one policy per queue letting EventBridge send only for the rules that target it.
/// </summary>
internal static class TerraformEventRules
{
    public static IEnumerable<HclBlock> Blocks(ServiceModel model)
    {
        foreach (var rule in model.EventRules)
        {
            var queue = model.Queues.Single(q => q.Name == rule.Target);
            var name = TfNames.EventRuleName(rule.Name);
            yield return TerraformWriter.Resource("aws_cloudwatch_event_rule", name, b => b
                .Set("name", rule.PhysicalName(model.Service))
                .Set("description", $"ServerlessSdk event rule {rule.Name}: matching events on {model.Physical(rule.Bus)} to {queue.PhysicalName}")
                .Set("event_bus_name", HclValue.Expr(TfNames.EventBus(rule.Bus) + ".name"))
                .Set("event_pattern", HclValue.JsonEncode(HclValue.FromJson(rule.EventPattern))));
            yield return TerraformWriter.Resource("aws_cloudwatch_event_target", name, b =>
            {
                b.Set("rule", HclValue.Expr(TfNames.EventRule(rule.Name) + ".name"))
                    .Set("event_bus_name", HclValue.Expr(TfNames.EventBus(rule.Bus) + ".name"))
                    .Set("target_id", Naming.Snake(queue.Name))
                    .Set("arn", HclValue.Expr(TfNames.Queue(queue.Name) + ".arn"));
                if (queue.HasDeadLetterQueue)
                {
                    b.Block("dead_letter_config", d => d.Set("arn", HclValue.Expr(TfNames.DeadLetterQueue(queue.Name) + ".arn")));
                }
            });
        }

        foreach (var queue in model.RuleTargetQueues)
        {
            var rules = model.RulesTargeting(queue.Name);
            yield return QueuePolicy(Naming.Snake(queue.Name), TfNames.Queue(queue.Name), rules.Select(r => r.Name));
            if (queue.HasDeadLetterQueue)
            {
                yield return QueuePolicy(Naming.Snake(queue.Name) + "_dlq", TfNames.DeadLetterQueue(queue.Name), rules.Select(r => r.Name));
            }
        }
    }

    /// <summary><c>sqs:SendMessage</c> for <c>events.amazonaws.com</c> on this queue only, from these rules only (<c>aws:SourceArn</c>).</summary>
    private static HclBlock QueuePolicy(string name, string queue, IEnumerable<string> rules)
    {
        var sourceArns = new HclList(rules.Select(r => (HclValue)HclValue.Expr(TfNames.EventRule(r) + ".arn")));
        var statement = new HclObject()
            .Add("Sid", "AllowEventRules")
            .Add("Effect", "Allow")
            .Add("Principal", new HclObject().Add("Service", "events.amazonaws.com"))
            .Add("Action", "sqs:SendMessage")
            .Add("Resource", HclValue.Expr(queue + ".arn"))
            .Add("Condition", new HclObject().Add("ArnEquals", new HclObject().Add("aws:SourceArn", sourceArns)));
        return TerraformWriter.Resource("aws_sqs_queue_policy", name, b => b
            .Set("queue_url", HclValue.Expr(queue + ".id"))
            .Set("policy", HclValue.JsonEncode(new HclObject().Add("Version", "2012-10-17").Add("Statement", new HclList([statement])))));
    }
}
