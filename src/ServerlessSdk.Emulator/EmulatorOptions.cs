namespace ServerlessSdk.Emulator;

/// <summary>
/// The configuration of the emulated function: what the Runtime API reports in its headers and what
/// <see cref="LambdaEnvironment"/> puts in the function's environment.
/// </summary>
public sealed record EmulatorOptions
{
    /// <summary>Lambda's limit on a synchronous invocation's payload, the event as well as the response: 6 MiB.</summary>
    public const int MaxPayloadBytes = 6 * 1024 * 1024;

    /// <summary>The size limit Lambda enforces on a synchronous response body: <see cref="MaxPayloadBytes"/>.</summary>
    public const int DefaultMaxResponseBytes = MaxPayloadBytes;

    /// <summary>The function name (<c>AWS_LAMBDA_FUNCTION_NAME</c>, part of the ARN). Default <c>function</c>.</summary>
    public string FunctionName { get; init; } = "function";

    /// <summary>
    /// The function timeout: each invocation's <c>Lambda-Runtime-Deadline-Ms</c> is the time it is handed out
    /// plus this. Default 30 seconds, like the cold-start harness. The emulator does not kill a late function.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The configured memory (<c>AWS_LAMBDA_FUNCTION_MEMORY_SIZE</c>), in MB. Default 128. Not enforced.</summary>
    public int MemoryMb { get; init; } = 128;

    /// <summary>The region (<c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, part of the ARN). Default <c>us-east-1</c>.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The account id in the function ARN. Default <c>123456789012</c>.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>The handler setting (<c>_HANDLER</c>). Default <c>bootstrap</c>.</summary>
    public string Handler { get; init; } = "bootstrap";

    /// <summary>
    /// The largest body accepted on <c>/response</c>, <c>/error</c> and <c>/init/error</c>; larger bodies get
    /// 413 <c>RequestEntityTooLarge</c>. Default <see cref="DefaultMaxResponseBytes"/>.
    /// </summary>
    public int MaxResponseBytes { get; init; } = DefaultMaxResponseBytes;

    /// <summary>The invoked function ARN sent with every invocation (unqualified, as for <c>$LATEST</c>).</summary>
    public string FunctionArn => $"arn:aws:lambda:{Region}:{AccountId}:function:{FunctionName}";
}
