namespace ServerlessFunction1;

/// <summary>An upload the job may expire.</summary>
public sealed record Upload(string Key, DateTimeOffset UploadedAt);

/// <summary>
#if (azure)
/// Where the job finds work. <see cref="InMemoryUploadStore"/> is a stand-in: replace it with Blob Storage, Table
/// Storage or a database. Each call is one bounded page, so a run never outgrows its timeout.
#else
/// Where the job finds work. <see cref="InMemoryUploadStore"/> is a stand-in: replace it with S3, DynamoDB or a
/// database. Each call is one bounded page, so a run never outgrows its timeout.
#endif
/// </summary>
public interface IUploadStore
{
    ValueTask<IReadOnlyList<Upload>> ListOlderThanAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken);

    ValueTask DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>Uploads kept in the process, seeded with a few old and new ones so a first run has something to do.</summary>
public sealed class InMemoryUploadStore(TimeProvider clock) : IUploadStore
{
    private readonly List<Upload> _uploads =
    [
        new("reports/2026-01.csv", clock.GetUtcNow().AddDays(-90)),
        new("reports/2026-02.csv", clock.GetUtcNow().AddDays(-60)),
        new("reports/today.csv", clock.GetUtcNow()),
    ];

    public ValueTask<IReadOnlyList<Upload>> ListOlderThanAsync(DateTimeOffset cutoff, int limit, CancellationToken cancellationToken)
    {
        lock (_uploads)
        {
            return ValueTask.FromResult<IReadOnlyList<Upload>>([.. _uploads.Where(u => u.UploadedAt < cutoff).Take(limit)]);
        }
    }

    public ValueTask DeleteAsync(string key, CancellationToken cancellationToken)
    {
        lock (_uploads)
        {
            _uploads.RemoveAll(u => u.Key == key);
        }

        return ValueTask.CompletedTask;
    }
}
