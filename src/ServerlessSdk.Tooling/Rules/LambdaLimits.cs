// Lambda's and CloudWatch's limits, checked by the source generator at the attribute and by the Tooling for settings and
// manifests: compiled into ServerlessSdk.Tooling and linked into the generator (netstandard2.0). Plain C#, BCL only.
#if NETSTANDARD2_0
using System;
using System.Collections.Generic;
using System.Linq;
#endif

namespace ServerlessSdk.Rules;

/// <summary>What Lambda accepts for a function's memory, timeout, log retention and environment, in one place.</summary>
internal static class LambdaLimits
{
    /// <summary>Lambda's smallest memory size, in MB.</summary>
    public const int MinMemoryMb = 128;

    /// <summary>Lambda's largest memory size, in MB.</summary>
    public const int MaxMemoryMb = 10_240;

    /// <summary>Lambda's shortest timeout, in seconds.</summary>
    public const int MinTimeoutSeconds = 1;

    /// <summary>Lambda's longest timeout, in seconds.</summary>
    public const int MaxTimeoutSeconds = 900;

    /// <summary>API Gateway's longest integration timeout for an HTTP API, in seconds (SLS4015 above it).</summary>
    public const int HttpApiIntegrationTimeoutSeconds = 30;

    /// <summary>The variable the shared bootstrap dispatches on: one binary hosts every function of the project.</summary>
    public const string DispatchVariable = "SERVERLESS_FUNCTION";

    /// <summary>The retention periods CloudWatch Logs accepts (PutRetentionPolicy), in days.</summary>
    public static IReadOnlyList<int> LogRetentionDays { get; } =
        [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    /// <summary>
    /// Variables a function may not set: Lambda's reserved keys (a deployment that sets one is refused, and the runtime
    /// depends on them) and <see cref="DispatchVariable"/>, which the IaC sets on every function.
    /// </summary>
    public static IReadOnlyList<string> ReservedEnvironment { get; } =
    [
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
        "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
        DispatchVariable,
    ];

    public static bool IsMemorySize(int mb) => mb is >= MinMemoryMb and <= MaxMemoryMb;

    public static bool IsTimeout(int seconds) => seconds is >= MinTimeoutSeconds and <= MaxTimeoutSeconds;

    public static bool IsLogRetention(int days) => LogRetentionDays.Contains(days);

    public static bool IsReservedEnvironment(string name) => ReservedEnvironment.Contains(name, StringComparer.Ordinal);

    /// <summary>A name Lambda accepts for an environment variable: a letter, then letters, digits and '_'.</summary>
    public static bool IsEnvironmentName(string name) =>
        name.Length > 0 && IsAsciiLetter(name[0]) && name.All(c => IsAsciiLetter(c) || c is (>= '0' and <= '9') or '_');

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
