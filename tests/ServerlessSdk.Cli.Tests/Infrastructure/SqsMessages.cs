using System.Text.Json.Nodes;
using ServerlessSdk.Tooling.Measurement;

namespace ServerlessSdk.Cli.Tests.Infrastructure;

/// <summary>SQS events for the sample's Worker, complete as the runtime's typed events require (receipt handle, source, ARN, region).</summary>
internal static class SqsMessages
{
    /// <summary>One record: the built-in sample's first, with <paramref name="messageId"/> and <paramref name="body"/>.</summary>
    public static string Event(string messageId, string body)
    {
        var record = JsonNode.Parse(SampleEvents.For("sqs").Payload.Span)!["Records"]![0]!.DeepClone();
        record["messageId"] = messageId;
        record["body"] = body;
        return new JsonObject { ["Records"] = new JsonArray(record) }.ToJsonString();
    }
}
