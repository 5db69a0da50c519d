using SampleFunction;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;

// One bootstrap, several functions: the host says which one this process is.
return Environment.GetEnvironmentVariable("SERVERLESS_FUNCTION") switch
{
    "Items" => await LambdaRuntime.RunAsync(Handlers.ItemsAsync, HttpApiJsonContext.Default.HttpApiRequest, HttpApiJsonContext.Default.HttpApiResponse),
    "Echo" => await LambdaRuntime.RunAsync(Handlers.EchoAsync, HttpApiJsonContext.Default.HttpApiRequest, HttpApiJsonContext.Default.HttpApiResponse),
    "Faulty" => await LambdaRuntime.RunAsync(FaultyHandlers.HandleAsync, HttpApiJsonContext.Default.HttpApiRequest, HttpApiJsonContext.Default.HttpApiResponse),
    "Worker" => await LambdaRuntime.RunAsync(Handlers.WorkAsync, SqsJsonContext.Default.SqsEvent, SqsJsonContext.Default.SqsBatchResponse),
    "Crunch" => await LambdaRuntime.RunAsync(Handlers.CrunchAsync, SqsJsonContext.Default.SqsEvent, SqsJsonContext.Default.SqsBatchResponse),
    var other => throw new InvalidOperationException($"unknown function '{other}'"),
};
