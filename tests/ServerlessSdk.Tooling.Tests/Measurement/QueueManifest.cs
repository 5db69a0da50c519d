using System.Reflection;
using System.Reflection.Emit;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Tests.Measurement;

/// <summary>An assembly holding only a function manifest, as the generator writes it: one function with an SQS trigger, or three.</summary>
internal static class QueueManifest
{
    public const string Json = """
        {
          "schemaVersion": 1,
          "service": "orders",
          "functions": [
            {
              "name": "Worker", "handler": "Orders.Worker", "memorySize": null, "timeout": null, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": {}, "policies": [],
              "triggers": [
                { "type": "sqs", "queue": "orders", "batchSize": 10, "maximumBatchingWindowSeconds": 0, "reportBatchItemFailures": true, "maxReceiveCount": 5 }
              ]
            }
          ]
        }
        """;

    /// <summary>
    /// Three functions in one bootstrap (SQS, EventBridge, schedule), as OrderPipeline declares them; sorted by name,
    /// as the generator writes them.
    /// </summary>
    public const string PipelineJson = """
        {
          "schemaVersion": 1,
          "service": "orders",
          "functions": [
            {
              "name": "Nightly", "handler": "Orders.Nightly", "memorySize": null, "timeout": null, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": {}, "policies": [],
              "triggers": [ { "type": "schedule", "expression": "rate(1 day)", "enabled": true } ]
            },
            {
              "name": "OnPlaced", "handler": "Orders.OnPlaced", "memorySize": 1024, "timeout": null, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": {}, "policies": [],
              "triggers": [ { "type": "eventbridge", "eventPattern": "{\"source\":[\"orders\"]}", "eventBus": "default" } ]
            },
            {
              "name": "Worker", "handler": "Orders.Worker", "memorySize": null, "timeout": null, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": {}, "policies": [],
              "triggers": [
                { "type": "sqs", "queue": "orders", "batchSize": 10, "maximumBatchingWindowSeconds": 0, "reportBatchItemFailures": true, "maxReceiveCount": 5 }
              ]
            }
          ]
        }
        """;

    /// <summary>Writes the assembly with <paramref name="json"/> (default: the queue function) to <paramref name="path"/> (its metadata is read, never loaded).</summary>
    public static string WriteAssembly(string path, string json = Json)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("QueueFunction"), typeof(object).Assembly);
        var metadata = typeof(AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!;
        assembly.SetCustomAttribute(new CustomAttributeBuilder(metadata, [ServiceManifest.AssemblyMetadataKey, json]));
        assembly.DefineDynamicModule("QueueFunction");
        assembly.Save(path);
        return path;
    }
}
