#if (serilog)
using ServerlessSdk.Runtime.Serilog;
#endif
using ServerlessSdk.Functions;

// One bootstrap serves the functions this project declares with attributes; the generated ServerlessFunctions
// picks the one to run (SERVERLESS_FUNCTION, set by the IaC) and binds its events without reflection.
// Logs are JSON lines, metrics EMF documents and the X-Ray trace header is propagated: all from ServerlessSdk.Runtime.
#if (serilog)
// Serilog writes the runtime's JSON lines; the minimum level follows AWS_LAMBDA_LOG_LEVEL.
Log.Logger = new LoggerConfiguration().ForLambda().CreateLogger();
#endif
return await ServerlessFunctions.RunAsync();
