using System.Text.Json;
using ServerlessSdk.Runtime.Events;

namespace ServerlessFunction1.Tests;

/// <summary>Integration tests: the real store against a real Table service implementation (Azurite) on this machine.</summary>
public sealed class TableStorageItemStoreTests(AzuriteTables azurite) : IClassFixture<AzuriteTables>
{
    private readonly TableStorageItemStore _store = azurite.Store;
    private readonly TestLambdaContext _context = new();

    [Fact]
    public async Task An_item_round_trips_through_the_table()
    {
        var item = new Item(Guid.NewGuid(), "Tea", 3.5m, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await _store.AddAsync(item, default);

        Assert.Equal(item, await _store.FindAsync(item.Id, default));
        Assert.Contains(item, await _store.ListAsync(default));
        Assert.True(await _store.DeleteAsync(item.Id, default));
        Assert.Null(await _store.FindAsync(item.Id, default));
        Assert.False(await _store.DeleteAsync(item.Id, default));
    }

    [Fact]
    public async Task Items_created_through_the_api_are_read_back_from_the_table()
    {
        var api = new ItemsApi(_store, TimeProvider.System);
        var created = await api.Create(new HttpApiRequest { RawPath = "/items", Body = """{"name":"Coffee","price":2.25}""" }, _context);
        var id = JsonDocument.Parse(created.Body!).RootElement.GetProperty("id").GetGuid();

        var read = await api.Get(id, _context);

        Assert.Equal(200, read.StatusCode);
        Assert.Equal("Coffee", JsonDocument.Parse(read.Body!).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_wrong_account_key_is_refused_by_the_service()
    {
        var wrongKey = azurite.ConnectionString.Replace("AccountKey=Eby8", "AccountKey=AAAA", StringComparison.Ordinal);
        var store = TableStorageItemStore.FromConnectionString(wrongKey, TableStorageItemStore.DefaultTableName);

        await Assert.ThrowsAsync<HttpRequestException>(async () => await store.ListAsync(default));
    }
}
