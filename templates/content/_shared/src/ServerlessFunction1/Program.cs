#if (serilog)
using ServerlessSdk.Runtime.Serilog;
#endif
using ServerlessSdk.Functions;

#if (azure)
// One executable serves every function this project declares with attributes: the Functions host starts it with
// FUNCTIONS_CUSTOMHANDLER_PORT and the generated ServerlessFunctions answers the host's HTTP requests and invocations,
// binding events without reflection. Logs are JSON lines with the invocation id; the traceparent header is propagated.
#else
// One bootstrap serves the functions this project declares with attributes; the generated ServerlessFunctions
// picks the one to run (SERVERLESS_FUNCTION, set by the IaC) and binds its events without reflection.
// Logs are JSON lines, metrics EMF documents and the X-Ray trace header is propagated: all from ServerlessSdk.Runtime.
#endif
#if (serilog)
// Serilog writes the runtime's JSON lines; the minimum level follows AWS_LAMBDA_LOG_LEVEL.
Log.Logger = new LoggerConfiguration().ForLambda().CreateLogger();
#endif
return await ServerlessFunctions.RunAsync();
