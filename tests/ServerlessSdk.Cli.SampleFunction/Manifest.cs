// The function manifest (docs/function-manifest.md) the source generator will emit; written by hand until it lands.
[assembly: System.Reflection.AssemblyMetadata("ServerlessSdk.FunctionManifest", SampleFunction.Manifest.Json)]

namespace SampleFunction;

internal static class Manifest
{
    public const string Json = """
        {
          "schemaVersion": 1,
          "service": "sample",
          "functions": [
            {
              "name": "Crunch", "handler": "SampleFunction.Crunch", "memorySize": null, "timeout": 30, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": {}, "policies": [],
              "triggers": [
                { "type": "sqs", "queue": "crunch", "batchSize": 1, "maximumBatchingWindowSeconds": 0, "reportBatchItemFailures": false, "maxReceiveCount": 3 }
              ]
            },
            {
              "name": "Echo", "handler": "SampleFunction.Echo", "memorySize": null, "timeout": null, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": {}, "policies": [],
              "triggers": [
                { "type": "http", "method": "POST", "path": "/echo", "auth": "none", "scopes": [] },
                { "type": "http", "method": "GET", "path": "/files/{proxy+}", "auth": "none", "scopes": [] }
              ]
            },
            {
              "name": "Items", "handler": "SampleFunction.Items", "memorySize": 256, "timeout": 10, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": { "GREETING": "hello" }, "policies": [],
              "triggers": [
                { "type": "http", "method": "GET", "path": "/items/{id}", "auth": "none", "scopes": [] },
                { "type": "http", "method": "GET", "path": "/items/special", "auth": "none", "scopes": [] }
              ]
            },
            {
              "name": "Faulty", "handler": "SampleFunction.Faulty", "memorySize": null, "timeout": 3, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": {}, "policies": [],
              "triggers": [
                { "type": "http", "method": "GET", "path": "/slow/{ms}", "auth": "none", "scopes": [] },
                { "type": "http", "method": "GET", "path": "/status/{code}", "auth": "none", "scopes": [] },
                { "type": "http", "method": "GET", "path": "/bad/{kind}", "auth": "none", "scopes": [] }
              ]
            },
            {
              "name": "Worker", "handler": "SampleFunction.Worker", "memorySize": null, "timeout": 5, "architecture": null,
              "reservedConcurrency": null, "provisionedConcurrency": null, "logRetentionDays": null, "tracing": false,
              "environment": {}, "policies": [],
              "triggers": [
                { "type": "sqs", "queue": "work", "batchSize": 10, "maximumBatchingWindowSeconds": 0, "reportBatchItemFailures": true, "maxReceiveCount": 3 }
              ]
            }
          ]
        }
        """;
}
