using System.Reflection;
using System.Reflection.Emit;
using ServerlessSdk.Tooling.IaC.Manifest;

namespace ServerlessSdk.Tooling.Tests.Measurement;

/// <summary>An assembly holding only a function manifest, as the generator writes it: one function with an SQS trigger.</summary>
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

    /// <summary>Writes the assembly to <paramref name="path"/> (its metadata is read, never loaded).</summary>
    public static string WriteAssembly(string path)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("QueueFunction"), typeof(object).Assembly);
        var metadata = typeof(AssemblyMetadataAttribute).GetConstructor([typeof(string), typeof(string)])!;
        assembly.SetCustomAttribute(new CustomAttributeBuilder(metadata, [ServiceManifest.AssemblyMetadataKey, Json]));
        assembly.DefineDynamicModule("QueueFunction");
        assembly.Save(path);
        return path;
    }
}
