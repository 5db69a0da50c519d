using ServerlessSdk.Runtime.Events;

namespace ServerlessFunction1.Tests;

public sealed class CleanupJobTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
    private readonly FixedClock _clock = new(Now);
    private readonly TestLambdaContext _context = new();

    [Fact]
    public async Task Uploads_older_than_the_retention_are_deleted_and_newer_ones_kept()
    {
        var store = new InMemoryUploadStore(_clock);

        await new CleanupJob(store, _clock).Run(new ScheduledEvent(), _context);

        var left = await store.ListOlderThanAsync(DateTimeOffset.MaxValue, 100, CancellationToken.None);
        Assert.Equal("reports/today.csv", Assert.Single(left).Key);
    }

    [Fact]
    public async Task A_second_run_finds_nothing_more_to_delete()
    {
        var store = new InMemoryUploadStore(_clock);
        var job = new CleanupJob(store, _clock);

        await job.Run(new ScheduledEvent(), _context);
        await job.Run(new ScheduledEvent(), _context);

        Assert.Empty(await store.ListOlderThanAsync(Now - CleanupJob.Retention, 100, CancellationToken.None));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
