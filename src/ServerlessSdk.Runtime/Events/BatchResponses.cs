using System.Text.Json.Serialization;

namespace ServerlessSdk.Runtime.Events;

/// <summary>
/// One failed item in a partial batch response.
/// </summary>
public sealed class BatchItemFailure
{
    /// <summary>Gets or sets the failed item: an SQS message ID, or a Kinesis or DynamoDB sequence number.</summary>
    [JsonPropertyName("itemIdentifier")]
    public string ItemIdentifier { get; set; } = string.Empty;
}

/// <summary>
/// The partial batch response for an <see cref="SqsEvent"/>: only the listed messages return to the queue.
/// </summary>
/// <remarks>
/// Requires <c>ReportBatchItemFailures</c> on the event source mapping. An empty list means the whole batch succeeded.
/// </remarks>
public sealed class SqsBatchResponse
{
    /// <summary>Gets or sets the messages that failed.</summary>
    [JsonPropertyName("batchItemFailures")]
    public IList<BatchItemFailure> BatchItemFailures { get; set; } = [];

    /// <summary>Reports a message as failed.</summary>
    /// <param name="messageId">The failed message's ID.</param>
    public void AddFailure(string messageId)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        BatchItemFailures.Add(new BatchItemFailure { ItemIdentifier = messageId });
    }

    /// <summary>Reports a message as failed.</summary>
    /// <param name="message">The failed message.</param>
    public void AddFailure(SqsMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        AddFailure(message.MessageId);
    }
}

/// <summary>
/// The partial batch response for a <see cref="KinesisEvent"/> or <see cref="DynamoDbStreamEvent"/>.
/// </summary>
/// <remarks>
/// Requires <c>ReportBatchItemFailures</c> on the event source mapping. Lambda retries from the lowest failed
/// sequence number; an empty list means the whole batch succeeded.
/// </remarks>
public sealed class StreamsBatchResponse
{
    /// <summary>Gets or sets the records that failed, by sequence number.</summary>
    [JsonPropertyName("batchItemFailures")]
    public IList<BatchItemFailure> BatchItemFailures { get; set; } = [];

    /// <summary>Reports a record as failed.</summary>
    /// <param name="sequenceNumber">The failed record's sequence number.</param>
    public void AddFailure(string sequenceNumber)
    {
        ArgumentException.ThrowIfNullOrEmpty(sequenceNumber);
        BatchItemFailures.Add(new BatchItemFailure { ItemIdentifier = sequenceNumber });
    }

    /// <summary>Reports a Kinesis record as failed.</summary>
    /// <param name="record">The failed record.</param>
    public void AddFailure(KinesisEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        AddFailure(record.Kinesis.SequenceNumber);
    }

    /// <summary>Reports a DynamoDB stream record as failed.</summary>
    /// <param name="record">The failed record.</param>
    public void AddFailure(DynamoDbStreamEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        AddFailure(record.DynamoDb.SequenceNumber);
    }
}
