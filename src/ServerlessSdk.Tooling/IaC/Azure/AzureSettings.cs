using ServerlessSdk.Tooling.Settings;

namespace ServerlessSdk.Tooling.IaC.Azure;

/// <summary>What the Azure files need beyond the manifest: the executable's name, the timeout, the plan and its instance memory.</summary>
public sealed record AzureSettings
{
    /// <summary>The custom handler's file name at the app root (the Native AOT executable, named after the assembly).</summary>
    public required string ExecutableName { get; init; }

    /// <summary>host.json's <c>functionTimeout</c>, in seconds.</summary>
    public int TimeoutSeconds { get; init; } = SettingDefaults.TimeoutSeconds;

    /// <summary>One of <see cref="AzurePlans"/>.</summary>
    public string Plan { get; init; } = SettingDefaults.AzurePlan;

    /// <summary>Flex Consumption's instance memory in MB (<c>ServerlessMemorySize</c>): main.bicep's default and main.parameters.json's value.</summary>
    public int InstanceMemoryMb { get; init; } = SettingDefaults.AzureInstanceMemoryMb;

    /// <summary>The user's tags (<c>ServerlessTags</c>), put on every resource with <c>service</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Tags { get; init; } = [];
}
