using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Metrics;

namespace ServerlessFunction1.Tests;

/// <summary>An <see cref="ILambdaContext"/> for calling handlers directly: logs go nowhere, metrics are collected but never written.</summary>
internal sealed class TestLambdaContext : ILambdaContext
{
    public string RequestId { get; } = Guid.NewGuid().ToString();

    public string InvokedFunctionArn => "arn:aws:lambda:us-east-1:123456789012:function:test";

    public string FunctionName => "test";

    public string FunctionVersion => "$LATEST";

    public int MemoryLimitMb => 256;

    public DateTimeOffset Deadline { get; } = DateTimeOffset.UtcNow.AddSeconds(15);

    public TimeSpan RemainingTime => Deadline - DateTimeOffset.UtcNow;

    public string? TraceId => null;

    public string? ClientContext => null;

    public string? CognitoIdentity => null;

    public bool IsColdStart => false;

    public LambdaLogger Logger => LambdaLogger.None;

    public MetricsLogger Metrics { get; } = new("Tests");

    public CancellationToken CancellationToken => CancellationToken.None;
}
