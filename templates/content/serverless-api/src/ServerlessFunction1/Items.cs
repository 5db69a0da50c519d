namespace ServerlessFunction1;

/// <summary>An item as stored and returned.</summary>
public sealed record Item(Guid Id, string Name, decimal Price, DateTimeOffset CreatedAt);

/// <summary>The body of <c>POST /items</c>; everything optional here, so validation can say what is missing.</summary>
public sealed record NewItem(string? Name, decimal? Price);

#if (azure)
/// <summary>Where items live: <see cref="TableStorageItemStore"/> on Azure and locally (Azurite), an in-memory one in the unit tests.</summary>
#else
/// <summary>Where items live: <see cref="DynamoDbItemStore"/> on Lambda and locally, an in-memory one in the unit tests.</summary>
#endif
public interface IItemStore
{
    ValueTask<IReadOnlyList<Item>> ListAsync(CancellationToken cancellationToken);

    ValueTask<Item?> FindAsync(Guid id, CancellationToken cancellationToken);

    ValueTask AddAsync(Item item, CancellationToken cancellationToken);

    /// <summary>Returns false when there was no such item.</summary>
    ValueTask<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
}
