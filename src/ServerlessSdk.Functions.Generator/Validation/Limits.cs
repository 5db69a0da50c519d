using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ServerlessSdk.Functions.Generator.Validation;

/// <summary>AWS limits and naming rules checked at compile time, where the fix is one click away.</summary>
internal static class Limits
{
    /// <summary>API Gateway's maximum integration timeout for an HTTP API, in seconds.</summary>
    public const int HttpApiIntegrationTimeout = 30;

    public static readonly int[] LogRetentionDays = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

    public static readonly Regex FunctionName = new("^[A-Z][A-Za-z0-9]{0,39}$", RegexOptions.CultureInvariant);
    public static readonly Regex QueueOrTopicName = new("^[A-Za-z0-9_-]{1,80}$", RegexOptions.CultureInvariant);
    public static readonly Regex BucketName = new(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant);
    public static readonly Regex StreamOrTableName = new(@"^[A-Za-z0-9_.-]{3,128}$", RegexOptions.CultureInvariant);
    public static readonly Regex EventBusName = new(@"^[A-Za-z0-9/_.-]{1,256}$", RegexOptions.CultureInvariant);
    public static readonly Regex EnvironmentName = new("^[A-Za-z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>Variables Lambda reserves for itself; setting them breaks the runtime.</summary>
    public static readonly string[] ReservedEnvironment =
    [
        "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV", "AWS_LAMBDA_FUNCTION_NAME",
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
        "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR",
        "SERVERLESS_FUNCTION",
    ];

    /// <summary>OrdersApi → orders-api; the default service name from the project name.</summary>
    public static string Kebab(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && builder.Length > 0 && builder[builder.Length - 1] != '-' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        var kebab = builder.ToString().Trim('-');
        return kebab.Length == 0 || !char.IsLetter(kebab[0]) ? "service-" + kebab : kebab;
    }

    public static bool IsRetention(int days) => LogRetentionDays.Contains(days);
}
