namespace ServerlessSdk.Emulator.Azure;

/// <summary>
/// The host's rule for a disabled function (learn.microsoft.com, "How to disable functions in Azure Functions"): the
/// app setting <c>AzureWebJobs.&lt;FUNCTION_NAME&gt;.Disabled</c> set to true makes the host ignore the function's
/// trigger; running it directly (the portal's Test/Run, the admin endpoint with the master key) still works. So the
/// local host's pumps skip a disabled function and <see cref="LocalAzureHost.InvokeAsync"/> does not.
/// </summary>
public static class DisabledFunctions
{
    /// <summary>The app setting that disables <paramref name="functionName"/>.</summary>
    public static string SettingName(string functionName) => $"AzureWebJobs.{functionName}.Disabled";

    /// <summary>True when <paramref name="settings"/> disable <paramref name="functionName"/> (<c>true</c>, any case, or <c>1</c>; names compare as the host's configuration does, ignoring case).</summary>
    public static bool IsDisabled(IReadOnlyDictionary<string, string> settings, string functionName)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var name = SettingName(functionName);
        var value = settings.FirstOrDefault(s => string.Equals(s.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();
        return value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
    }
}
