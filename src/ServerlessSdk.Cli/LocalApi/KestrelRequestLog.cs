using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ServerlessSdk.Cli.LocalApi;

/// <summary>
/// The answers Kestrel gives without the tool seeing the request (a malformed request line or header: 400, headers
/// too large: 431) or when the tool itself failed (500), as lines of the request log: every response is logged.
/// </summary>
internal sealed class KestrelRequestLog(Action<string> log) : ILoggerProvider, ILogger
{
    /// <summary>The category of Kestrel's rejected requests; they are logged at Debug, below the default level.</summary>
    public const string BadRequestCategory = "Microsoft.AspNetCore.Server.Kestrel.BadRequests";

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        switch (eventId.Name, exception)
        {
            case ("ConnectionBadRequest", BadHttpRequestException bad):
                log($"- {bad.StatusCode} (rejected by Kestrel before routing: {bad.Message})");
                break;
            case ("ApplicationError", { } error):
                log($"- 500 (the tool failed on this request: {error.GetType().Name}: {error.Message.ReplaceLineEndings(" ")})");
                break;
        }
    }

    public void Dispose()
    {
    }
}
