using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;
using Npgsql;

namespace VendorAudit.Infrastructure.Caching;

/// <summary>
/// Which tables changed, as PostgreSQL tells every instance: a statement-level trigger on each watched table
/// (migration ChangeNotifications) sends the table's name on <see cref="Channel"/> when a write commits, whoever
/// wrote it (this instance, another one, a job, the command line, psql). Each table has a change token that fires
/// then, and cached reads expire on the tokens of the tables they read. While the feed is not listening (starting,
/// or its connection lost with the database) a change could go unseen, so <see cref="IsListening"/> is false, nothing
/// may be cached, and every token fires when it listens again.
/// </summary>
public sealed partial class ChangeFeed(IConfiguration configuration, ILogger<ChangeFeed> logger) : BackgroundService
{
    public const string Channel = "vendoraudit_changes";

    /// <summary>The tables with the notifying trigger: a cached read may depend on these only.</summary>
    public static readonly IReadOnlySet<string> WatchedTables = new HashSet<string>(StringComparer.Ordinal)
    {
        Tables.Vendors, Tables.Agents, Tables.Contracts, Tables.Calls, Tables.Findings, Tables.VendorScores,
        Tables.SampledCalls, Tables.Scorecards, Tables.Users,
    };

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> sources = new(StringComparer.Ordinal);
    private volatile bool listening;

    /// <summary>True while every committed change reaches this instance: only then may reads be cached.</summary>
    public bool IsListening => listening;

    /// <summary>A token that fires at the next change of any of these tables (or when the feed loses its connection).</summary>
    public IChangeToken Watch(IReadOnlyCollection<string> tables)
    {
        var tokens = new List<IChangeToken>(tables.Count);
        foreach (var table in tables)
        {
            if (!WatchedTables.Contains(table)) throw new ArgumentException($"Table '{table}' has no change trigger; its reads cannot be cached.", nameof(tables));
            tokens.Add(new CancellationChangeToken(sources.GetOrAdd(table, _ => new CancellationTokenSource()).Token));
        }
        return tokens.Count == 1 ? tokens[0] : new CompositeChangeToken(tokens);
    }

    /// <summary>Expires every read of these tables now, before the notification of the same change arrives.</summary>
    public void Changed(IEnumerable<string> tables)
    {
        foreach (var table in tables) Changed(table);
    }

    private void Changed(string table)
    {
        if (sources.TryRemove(table, out var fired)) fired.Cancel();
    }

    private void ChangedAll()
    {
        foreach (var table in sources.Keys) Changed(table);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.ConnectionString())
        {
            Pooling = false,
            KeepAlive = 15, // notices a server that went away even when no notification is due
            ApplicationName = "vendoraudit-change-feed",
        }.ConnectionString;
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, e) => Changed(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection)) await listen.ExecuteNonQueryAsync(stoppingToken);
                // Anything read before this instant may have missed a change: start afresh.
                listening = true;
                ChangedAll();
                delay = TimeSpan.FromMilliseconds(250);
                LogListening(Channel);
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The database restarting, a network cut, a failover: never fatal, the pages read the database meanwhile.
                if (listening) LogLost(e.Message);
                listening = false;
                ChangedAll();
            }
            finally
            {
                listening = false;
            }
            try
            {
                await Task.Delay(delay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
        }
        ChangedAll();
    }

    [LoggerMessage(LogLevel.Information, "Listening for data changes on {Channel}: cached reads are on")]
    private partial void LogListening(string channel);

    [LoggerMessage(LogLevel.Warning, "Lost the data change feed ({Reason}): reading everything from the database until it is back")]
    private partial void LogLost(string reason);
}
