using ServerlessSdk.Functions;

// Generated from the [SqsTrigger], [EventBridgeRule] and [Schedule] declarations in Handlers.cs.
return await ServerlessFunctions.RunAsync();
