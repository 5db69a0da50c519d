using HelloApi;
using ServerlessSdk.Functions;

// Spans for every invocation, continuing the caller's X-Ray or W3C trace.
using var tracing = Tracing.Listen();

// Generated from the [HttpApi] declarations in Greeter.cs: routing, path parameters, 404/405.
return await ServerlessFunctions.RunAsync();
