using System.Collections.Concurrent;

namespace ServerlessFunction1.Tests;

#if (azure)
/// <summary>Items in a dictionary, for the unit tests of the handlers: <see cref="TableStorageItemStore"/> is what Azure runs.</summary>
#else
/// <summary>Items in a dictionary, for the unit tests of the handlers: <see cref="DynamoDbItemStore"/> is what Lambda runs.</summary>
#endif
public sealed class InMemoryItemStore : IItemStore
{
    private readonly ConcurrentDictionary<Guid, Item> _items = new();

    public ValueTask<IReadOnlyList<Item>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<Item>>([.. _items.Values.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)]);

    public ValueTask<Item?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_items.GetValueOrDefault(id));

    public ValueTask AddAsync(Item item, CancellationToken cancellationToken)
    {
        _items[item.Id] = item;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_items.TryRemove(id, out _));
}
