using ServerlessSdk.Functions;

// One bootstrap serves the functions this project declares with attributes; the generated ServerlessFunctions
// picks the one to run (SERVERLESS_FUNCTION, set by the IaC) and binds its events without reflection.
// Logs are JSON lines, metrics EMF documents and the X-Ray trace header is propagated: all from ServerlessSdk.Runtime.
return await ServerlessFunctions.RunAsync();
