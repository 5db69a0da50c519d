namespace ServerlessSdk.Functions;

// Azure-only triggers (ServerlessPlatform=azure). Each becomes a binding in the function's function.json; declaring
// one in an AWS project is SLS4050. [HttpApi] and [Schedule] work on both platforms.

/// <summary>
/// Messages from an Azure Storage queue. The method takes a <see cref="Runtime.Events.StorageQueueMessage"/>; a
/// throwing handler makes the host retry the message (up to host.json's <c>maxDequeueCount</c>, then the poison queue).
/// </summary>
/// <param name="queue">Queue name: 3–63 lowercase letters, digits and single hyphens.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class StorageQueueTriggerAttribute(string queue) : Attribute
{
    /// <summary>Queue name.</summary>
    public string Queue { get; } = queue;

    /// <summary>The app setting holding the storage connection.</summary>
    public string Connection { get; set; } = "AzureWebJobsStorage";
}

/// <summary>New or updated blobs in an Azure Storage container. The method takes a <see cref="Runtime.Events.BlobTriggerEvent"/>.</summary>
/// <param name="path">Container and name pattern, e.g. <c>uploads/{name}</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BlobTriggerAttribute(string path) : Attribute
{
    /// <summary>Container and name pattern.</summary>
    public string Path { get; } = path;

    /// <summary>The app setting holding the storage connection.</summary>
    public string Connection { get; set; } = "AzureWebJobsStorage";
}

/// <summary>
/// Events from Azure Event Grid, delivered to the function's webhook by an event subscription (binding
/// <c>eventGridTrigger</c>). The method takes a <see cref="Runtime.Events.EventGridEvent"/>. The subscription is not
/// generated: create it on the source (a topic, a storage account, …) with the function as its endpoint.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EventGridTriggerAttribute : Attribute
{
}

/// <summary>Messages from an Azure Service Bus queue. The method takes a <see cref="Runtime.Events.ServiceBusMessage"/>.</summary>
/// <param name="queue">Queue name.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ServiceBusQueueTriggerAttribute(string queue) : Attribute
{
    /// <summary>Queue name.</summary>
    public string Queue { get; } = queue;

    /// <summary>The app setting holding the Service Bus connection.</summary>
    public string Connection { get; set; } = "ServiceBusConnection";
}
