using ServerlessSdk.Runtime.Logging;
using ServerlessSdk.Runtime.Metrics;

namespace ServerlessSdk.Runtime;

/// <summary>What a handler knows about the invocation it is serving.</summary>
public interface ILambdaContext
{
    /// <summary>The invocation's request id (<c>Lambda-Runtime-Aws-Request-Id</c>).</summary>
    string RequestId { get; }

    /// <summary>The ARN the caller invoked, including any alias or version qualifier.</summary>
    string InvokedFunctionArn { get; }

    /// <summary>The function's name (<c>AWS_LAMBDA_FUNCTION_NAME</c>).</summary>
    string FunctionName { get; }

    /// <summary>The function's version (<c>AWS_LAMBDA_FUNCTION_VERSION</c>).</summary>
    string FunctionVersion { get; }

    /// <summary>The configured memory in MB.</summary>
    int MemoryLimitMb { get; }

    /// <summary>When Lambda will stop the invocation.</summary>
    DateTimeOffset Deadline { get; }

    /// <summary>Time left until <see cref="Deadline"/>; never negative.</summary>
    TimeSpan RemainingTime { get; }

    /// <summary>The X-Ray trace header of the invocation, also in <c>_X_AMZN_TRACE_ID</c>.</summary>
    string? TraceId { get; }

    /// <summary>Client context sent by the AWS Mobile SDK, as raw JSON, when present.</summary>
    string? ClientContext { get; }

    /// <summary>Amazon Cognito identity of the caller, as raw JSON, when present.</summary>
    string? CognitoIdentity { get; }

    /// <summary>Whether this is the first invocation this process serves.</summary>
    bool IsColdStart { get; }

    /// <summary>The structured logger; events carry the request id, trace id and cold-start flag.</summary>
    LambdaLogger Logger { get; }

    /// <summary>Metrics for this invocation, written as one EMF document when the invocation ends.</summary>
    MetricsLogger Metrics { get; }

    /// <summary>Cancelled shortly before <see cref="Deadline"/>, leaving time to respond.</summary>
    CancellationToken CancellationToken { get; }
}
