namespace ServerlessSdk.Functions;

/// <summary>
/// An EventBridge rule the service owns: on the declared bus <see cref="Bus"/>, it sends each event matching
/// <see cref="Source"/> and <see cref="DetailType"/> to the declared queue <see cref="Target"/>, whose policy lets only
/// this rule send (docs/iac.md, "Event rules"). The queue's consumer then reads the whole event as the message body.
/// To invoke a function directly instead, put <c>[EventBridgeRule(pattern, EventBus = bus)]</c> on it.
/// </summary>
/// <param name="name">Rule name, unique among the service's rules: at most 64 letters, digits, '.', '-' and '_', starting with a letter.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class EventRuleAttribute(string name) : Attribute
{
    /// <summary>Rule name.</summary>
    public string Name { get; } = name;

    /// <summary>The <c>[assembly: EventBus]</c> it listens on. Required.</summary>
    public string Bus { get; set; } = string.Empty;

    /// <summary>The events' <c>source</c> to match, e.g. <c>shop.orders</c>; null matches any (set this or <see cref="DetailType"/>).</summary>
    public string? Source { get; set; }

    /// <summary>The events' <c>detail-type</c> to match, e.g. <c>OrderPlaced</c>; null matches any.</summary>
    public string? DetailType { get; set; }

    /// <summary>The <c>[assembly: SqsQueue]</c> (standard, not FIFO) the matching events are sent to. Required.</summary>
    public string Target { get; set; } = string.Empty;
}
