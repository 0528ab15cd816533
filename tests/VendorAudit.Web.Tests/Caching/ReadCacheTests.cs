using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VendorAudit.Infrastructure.Caching;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Caching;

/// <summary>The cache keeps a read only while the change feed listens, and drops it when a table it read changes.</summary>
[TestFixture, NonParallelizable]
public sealed class ReadCacheTests : SeededDatabaseFixture
{
    private int loads;

    [Test]
    public async Task Reads_are_cached_only_while_the_feed_listens_and_expire_with_a_change_of_their_tables()
    {
        var feed = new ChangeFeed(Host.Services.GetRequiredService<IConfiguration>(), NullLogger<ChangeFeed>.Instance);
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 });
        var cache = new ReadCache(memory, feed, new AllVendorsScope());

        // Not listening yet: a change could go unseen, so every read goes to the database.
        await ReadTwiceAsync(cache);
        loads.ShouldBe(2);

        await feed.StartAsync(CancellationToken.None);
        try
        {
            await Poll.UntilAsync(() => Task.FromResult(feed.IsListening), listening => listening, TimeSpan.FromSeconds(10), _ => "the feed never listened");
            await ReadTwiceAsync(cache);
            loads.ShouldBe(3);

            // A table the read did not depend on changes: still cached.
            await ExecuteAsync("UPDATE contracts SET quality_minimum = quality_minimum");
            await Task.Delay(500);
            await ReadTwiceAsync(cache);
            loads.ShouldBe(3);

            await ExecuteAsync("UPDATE vendors SET name = name");
            await Poll.UntilAsync(async () => { await ReadTwiceAsync(cache); return loads; }, n => n == 4, TimeSpan.FromSeconds(10),
                n => $"{n} loads: the change to vendors did not expire the read");
        }
        finally
        {
            await feed.StopAsync(CancellationToken.None);
        }
        feed.IsListening.ShouldBeFalse();
        await ReadTwiceAsync(cache);
        loads.ShouldBe(6);
    }

    [Test]
    public async Task Each_vendor_scope_has_its_own_entries()
    {
        var feed = new ChangeFeed(Host.Services.GetRequiredService<IConfiguration>(), NullLogger<ChangeFeed>.Instance);
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 });
        await feed.StartAsync(CancellationToken.None);
        try
        {
            await Poll.UntilAsync(() => Task.FromResult(feed.IsListening), listening => listening, TimeSpan.FromSeconds(10), _ => "the feed never listened");
            (await new ReadCache(memory, feed, new AllVendorsScope()).GetAsync("k", [Tables.Vendors], _ => Task.FromResult("all"), default)).ShouldBe("all");
            (await new ReadCache(memory, feed, new SingleVendorScope(1)).GetAsync("k", [Tables.Vendors], _ => Task.FromResult("one"), default)).ShouldBe("one");
            (await new ReadCache(memory, feed, new SingleVendorScope(2)).GetAsync("k", [Tables.Vendors], _ => Task.FromResult("two"), default)).ShouldBe("two");
            (await new ReadCache(memory, feed, new SingleVendorScope(1)).GetAsync("k", [Tables.Vendors], _ => Task.FromResult("again"), default)).ShouldBe("one");
        }
        finally
        {
            await feed.StopAsync(CancellationToken.None);
        }
    }

    [Test]
    public void A_read_of_a_table_without_the_change_trigger_cannot_be_cached()
    {
        var feed = new ChangeFeed(Host.Services.GetRequiredService<IConfiguration>(), NullLogger<ChangeFeed>.Instance);
        Should.Throw<ArgumentException>(() => feed.Watch(["import_batches"])).Message.ShouldContain("import_batches");
    }

    private async Task ReadTwiceAsync(ReadCache cache)
    {
        for (var i = 0; i < 2; i++)
            await cache.GetAsync("vendor-count", [Tables.Vendors], async _ => Interlocked.Increment(ref loads), CancellationToken.None);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.For(Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
