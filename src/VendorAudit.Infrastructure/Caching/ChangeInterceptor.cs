using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VendorAudit.Infrastructure.Caching;

/// <summary>
/// Expires this instance's cached reads of the tables a save wrote as soon as the write commits: the page a user is
/// sent to after a form must show what they just did, without waiting for the database's notification of it (which
/// still comes, and is what other instances, raw SQL and bulk copies rely on).
/// </summary>
public sealed class ChangeInterceptor(ChangeFeed feed) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, HashSet<string>> Written = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Discard(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Discard(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Discard(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The tables of every tracked entity: those the save may write. The save detects its changes right after this, and
    /// detecting them here as well would cost as much again, so an entity loaded and left unchanged counts too (its
    /// table's reads are expired for nothing, which is harmless).
    /// </summary>
    private static void Note(DbContext? context)
    {
        if (context is null) return;
        var written = Written.GetOrCreateValue(context);
        var tracker = context.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries())
                if (entry.Metadata.GetTableName() is { } table && ChangeFeed.WatchedTables.Contains(table)) written.Add(table);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>A save in a transaction of the caller's is not visible until that commits: wait for it.</summary>
    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null) Publish(context);
    }

    private void Publish(DbContext? context)
    {
        if (context is null || !Written.TryGetValue(context, out var tables) || tables.Count == 0) return;
        feed.Changed(tables.ToList());
        tables.Clear();
    }

    private static void Discard(DbContext? context)
    {
        if (context is not null && Written.TryGetValue(context, out var tables)) tables.Clear();
    }
}
