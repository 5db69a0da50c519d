using System.Globalization;

namespace ServerlessSdk.Emulator;

/// <summary>The environment Lambda gives a <c>provided.al2023</c> function.</summary>
/// <remarks>
/// Credentials and the X-Ray daemon address are deliberately absent, and <c>_X_AMZN_TRACE_ID</c> is unset at
/// start, as on Lambda before the first invocation. Nothing is inherited from the calling process.
/// </remarks>
public static class LambdaEnvironment
{
    /// <summary>The <c>PATH</c> of a <c>provided.al2023</c> function.</summary>
    public const string DefaultPath = "/usr/local/bin:/usr/bin/:/bin:/opt/bin";

    /// <summary>The <c>LAMBDA_RUNTIME_DIR</c> of a <c>provided.al2023</c> function.</summary>
    public const string RuntimeDirectory = "/var/runtime";

    /// <summary>Builds the variables for one function process.</summary>
    /// <param name="options">The function configuration (name, region, memory, handler).</param>
    /// <param name="runtimeApiAddress">The <c>AWS_LAMBDA_RUNTIME_API</c> value, e.g. <see cref="RuntimeApiEmulator.Address"/>.</param>
    /// <param name="taskRoot">The <c>LAMBDA_TASK_ROOT</c> value: the folder holding the function.</param>
    /// <returns>A new, mutable dictionary the caller may extend.</returns>
    public static Dictionary<string, string> Create(EmulatorOptions options, string runtimeApiAddress, string taskRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(runtimeApiAddress);
        ArgumentException.ThrowIfNullOrEmpty(taskRoot);
        const string rt = RuntimeDirectory;
        var logStream = DateTime.UtcNow.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture) + "/[$LATEST]" + Guid.NewGuid().ToString("N");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = DefaultPath,
            ["LANG"] = "en_US.UTF-8",
            ["TZ"] = ":UTC",
            ["LD_LIBRARY_PATH"] = $"/lib64:/usr/lib64:{rt}:{rt}/lib:{taskRoot}:{taskRoot}/lib:/opt/lib",
            ["LAMBDA_TASK_ROOT"] = taskRoot,
            ["LAMBDA_RUNTIME_DIR"] = rt,
            ["_HANDLER"] = options.Handler,
            ["AWS_REGION"] = options.Region,
            ["AWS_DEFAULT_REGION"] = options.Region,
            ["AWS_LAMBDA_FUNCTION_NAME"] = options.FunctionName,
            ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = options.MemoryMb.ToString(CultureInfo.InvariantCulture),
            ["AWS_LAMBDA_LOG_GROUP_NAME"] = $"/aws/lambda/{options.FunctionName}",
            ["AWS_LAMBDA_LOG_STREAM_NAME"] = logStream,
            ["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand",
            ["AWS_XRAY_CONTEXT_MISSING"] = "LOG_ERROR",
            ["AWS_LAMBDA_RUNTIME_API"] = runtimeApiAddress,
        };
    }
}
