using System.Globalization;
using Microsoft.Extensions.Caching.Memory;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Caching;

/// <summary>
/// Reads kept in memory until a table they read changes (<see cref="ChangeFeed"/>), so that a page asked for again
/// and again costs its rendering and not its queries. Every key carries the caller's vendor scope: what a brand user
/// read is never served to a vendor user, nor one vendor's to another. Values must be immutable, since every request
/// of the scope shares them. One load per key at a time: the others wait for it rather than all asking the database.
/// </summary>
public sealed class ReadCache(IMemoryCache cache, ChangeFeed feed, IVendorScope scope)
{
    /// <summary>How long an entry nobody asks for stays, and how long any entry may live whatever happens.</summary>
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10), MaxAge = TimeSpan.FromHours(1);

    // Striped gates bound the memory of single-flight loading whatever the number of keys.
    private static readonly SemaphoreSlim[] Gates = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>The cached value of <paramref name="key"/> in this scope, or what <paramref name="load"/> reads from <paramref name="tables"/>.</summary>
    public async Task<T> GetAsync<T>(string key, IReadOnlyCollection<string> tables, Func<CancellationToken, Task<T>> load,
        CancellationToken cancellationToken)
    {
        if (!feed.IsListening) return await load(cancellationToken);
        var scoped = Scoped(key);
        if (cache.TryGetValue(scoped, out T? value)) return value!;
        var gate = Gates[(uint)StringComparer.Ordinal.GetHashCode(scoped) % Gates.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(scoped, out value)) return value!;
            // Watched before reading: a change that commits while the query runs expires what it stores.
            var changed = feed.Watch(tables);
            value = await load(cancellationToken);
            if (feed.IsListening)
                cache.Set(scoped, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Unused, AbsoluteExpirationRelativeToNow = MaxAge }
                    .AddExpirationToken(changed));
            return value;
        }
        finally
        {
            gate.Release();
        }
    }

    private string Scoped(string key) =>
        (scope.SeesAllVendors ? "all" : "vendor:" + (scope.VendorId?.ToString(CultureInfo.InvariantCulture) ?? "none")) + "|" + key;
}
