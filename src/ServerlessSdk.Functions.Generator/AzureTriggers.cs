using System.Collections.Generic;
using System.Text.RegularExpressions;
using ServerlessSdk.Functions.Generator.Model;
using ServerlessSdk.Functions.Generator.Validation;

namespace ServerlessSdk.Functions.Generator;

/// <summary>Reads the Azure-only trigger attributes into manifest JSON, reporting names Azure would refuse (SLS4011).</summary>
internal static class AzureTriggers
{
    // Storage queue and container names: 3–63 lowercase letters, digits and single hyphens, not at either end.
    private static readonly Regex StorageName = new("^(?!.*--)[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant);
    private static readonly Regex ServiceBusName = new(@"^[A-Za-z0-9][A-Za-z0-9._/-]{0,259}$", RegexOptions.CultureInvariant);
    private static readonly Regex SettingName = new(@"^[A-Za-z_][A-Za-z0-9_:]{0,127}$", RegexOptions.CultureInvariant);

    public static TriggerModel StorageQueue(string queue, string connection, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        Check(StorageName.IsMatch(queue), $"Storage queue name '{queue}' is invalid: use 3–63 lowercase letters, digits and single hyphens", location, diagnostics);
        CheckConnection(connection, location, diagnostics);
        return new TriggerModel("azure-queue", $"\"queue\":{Json.String(queue)},\"connection\":{Json.String(connection)}", location);
    }

    public static TriggerModel Blob(string path, string connection, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        var slash = path.IndexOf('/');
        var container = slash < 0 ? path : path.Substring(0, slash);
        Check(slash > 0 && slash < path.Length - 1 && StorageName.IsMatch(container), $"Blob path '{path}' is invalid: use container/pattern, e.g. 'uploads/{{name}}', the container 3–63 lowercase letters, digits and single hyphens", location, diagnostics);
        CheckConnection(connection, location, diagnostics);
        return new TriggerModel("azure-blob", $"\"path\":{Json.String(path)},\"connection\":{Json.String(connection)}", location);
    }

    public static TriggerModel ServiceBusQueue(string queue, string connection, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        Check(ServiceBusName.IsMatch(queue), $"Service Bus queue name '{queue}' is invalid: use 1–260 letters, digits, '.', '-', '_' and '/', starting with a letter or digit", location, diagnostics);
        CheckConnection(connection, location, diagnostics);
        return new TriggerModel("service-bus-queue", $"\"queue\":{Json.String(queue)},\"connection\":{Json.String(connection)}", location);
    }

    private static void CheckConnection(string connection, LocationInfo? location, List<DiagnosticInfo> diagnostics) =>
        Check(SettingName.IsMatch(connection), $"Connection '{connection}' is not an app setting name: use letters, digits, '_' and ':'", location, diagnostics);

    private static void Check(bool valid, string message, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (!valid)
        {
            diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InvalidSetting, location, message));
        }
    }
}
