using System.Text.RegularExpressions;

namespace ServerlessSdk.Functions.Generator.Validation;

/// <summary>AWS limits and naming rules checked at compile time, where the fix is one click away.</summary>
internal static class Limits
{
    public static readonly Regex FunctionName = new("^[A-Z][A-Za-z0-9]{0,39}$", RegexOptions.CultureInvariant);
    public static readonly Regex QueueOrTopicName = new("^[A-Za-z0-9_-]{1,80}$", RegexOptions.CultureInvariant);
    public static readonly Regex BucketName = new(@"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant);
    public static readonly Regex StreamOrTableName = new(@"^[A-Za-z0-9_.-]{3,128}$", RegexOptions.CultureInvariant);
    public static readonly Regex EventBusName = new(@"^[A-Za-z0-9/_.-]{1,256}$", RegexOptions.CultureInvariant);
}
