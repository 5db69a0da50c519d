namespace ServerlessSdk.Tooling.IaC.Azure;

/// <summary>
/// The built-in Azure roles the Bicep assigns to the app's managed identity, by their fixed definition IDs
/// (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/storage and the other categories of
/// "Azure built-in roles"). Each is the narrowest that lets the host do one job; none is Contributor or Owner.
/// </summary>
internal static class AzureRoles
{
    /// <summary>The host's own storage (AzureWebJobsStorage: keys, leases, timers) and the Flex deployment container.</summary>
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";

    /// <summary>A queue trigger reads, deletes and (poison messages) writes messages of its queue.</summary>
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";

    /// <summary>A declared storage table whose functions only read: query its entities, nothing else.</summary>
    public const string StorageTableDataReader = "76199698-9eea-4c19-bc75-cec21354c6b6";

    /// <summary>A declared storage table some function writes: read, insert, update and delete its entities.</summary>
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    /// <summary>A Service Bus queue trigger receives from its queue.</summary>
    public const string ServiceBusDataReceiver = "4f6d3b9b-027b-4f4c-9142-0e5a2a2247e0";

    /// <summary>Application Insights ingestion with Entra ID authentication (local authentication is off).</summary>
    public const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
}
