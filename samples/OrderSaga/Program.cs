using ServerlessSdk.Functions;

// Generated from the declarations in Resources.cs and the handlers' [HttpApi] and [SqsTrigger] attributes.
return await ServerlessFunctions.RunAsync();
