using ServerlessSdk.Functions;
using ServerlessSdk.Runtime;
using ServerlessSdk.Runtime.Events;
using ServerlessSdk.Runtime.Metrics;

namespace ServerlessFunction1;

/// <summary>
#if (azure)
/// Every night at 03:00 UTC, deletes uploads older than <see cref="Retention"/>. Schedules are
/// <c>cron(minutes hours day-of-month month day-of-week year)</c> (one of the two day fields is <c>?</c>) or
/// <c>rate(5 minutes)</c>; the build turns it into the timer trigger's NCRONTAB expression (<c>0 0 3 * * *</c> in
/// function.json) or refuses it. A run must be idempotent: a timer that fires while the app restarts runs late, once.
#else
/// Every night at 03:00 UTC, deletes uploads older than <see cref="Retention"/>. Schedules are
/// <c>cron(minutes hours day-of-month month day-of-week year)</c> (one of the two day fields is <c>?</c>) or
/// <c>rate(5 minutes)</c>; the build checks the expression. A run must be idempotent: EventBridge delivers at least once.
#endif
/// </summary>
public sealed class CleanupJob(IUploadStore store, TimeProvider clock)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>Deletes per run at most: the rest waits for the next run rather than hitting the timeout.</summary>
    public const int BatchLimit = 500;

#if (azure)
    /// <summary>What Azure uses. Swap in your own <see cref="IUploadStore"/> here.</summary>
#else
    /// <summary>What Lambda uses. Swap in your own <see cref="IUploadStore"/> here.</summary>
#endif
    public CleanupJob()
        : this(new InMemoryUploadStore(TimeProvider.System), TimeProvider.System)
    {
    }

    [LambdaFunction(Name = "CleanupJob")]
    [Schedule("cron(0 3 * * ? *)")]
    public async Task Run(ScheduledEvent @event, ILambdaContext context)
    {
        var cutoff = clock.GetUtcNow() - Retention;
        var expired = await store.ListOlderThanAsync(cutoff, BatchLimit, context.CancellationToken);
        foreach (var upload in expired)
        {
            await store.DeleteAsync(upload.Key, context.CancellationToken);
        }

        context.Logger.Information("Scheduled run {EventId}: deleted {Count} uploads older than {Cutoff}", @event.Id, expired.Count, cutoff);
        context.Metrics.AddMetric("UploadsDeleted", expired.Count, MetricUnit.Count);
    }
}
