using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using VendorAudit.Benchmarks.Audits;
using VendorAudit.Benchmarks.Portal;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Benchmarks.Figures;

/// <summary>
/// p95 latency of a draft save as the scoring page's script sends it (POST /scorecards/{id}/autosave,
/// url-encoded with the antiforgery token, signed in as the demo auditor, on the portal's Kestrel) among
/// the audit figures' 100k scorecards, against the p95 of a single-row INSERT with its commit into a
/// small table, on the same database in the same run.
/// A save reads the scorecard (one row; the template is cached), scores it in memory, then updates
/// it and inserts one revision in a single transaction: three round trips (the read, the batched
/// update and insert, the commit) and one WAL flush, about what two or three single-row commits
/// cost. The goal allows ten, which leaves room for the HTTP, cookie, antiforgery and binding work,
/// and still catches a save that loads the trail, re-reads the template or commits twice.
/// </summary>
public sealed partial class ScorecardSaveFigure : IFigure
{
    private const double Goal = 0.1;
    private const int Cards = 40;
    private const int Rounds = 10;
    private const int SettledCompilations = 20;
    private const int MaxWarmUpRounds = 40;

    public string Name => "scorecard-save";

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context)
    {
        var data = await context.AuditDataAsync();
        if (data.AuditorDraftIds.Count < Cards) throw new BenchException($"The demo auditor has {data.AuditorDraftIds.Count} drafts; the figure needs {Cards}.");
        await using var portal = BenchPortal.Start(context);
        using var auditor = await PortalSession.SignInAsync(portal.BaseAddress, AuditDatabase.Auditor, AuditDatabase.Password);
        var cards = new List<OpenCard>();
        foreach (var id in data.AuditorDraftIds.Take(Cards)) cards.Add(await OpenAsync(auditor, id));
        await using var probe = await CommitProbe.CreateAsync(context.Database.ConnectionString);

        // Until tiered compilation has optimised the save's path (two rounds in a row compile next to nothing):
        // its background recompilations would otherwise take the two cores from the timed saves.
        var compiledPerRound = await Timing.UntilCompiledAsync(SettledCompilations, MaxWarmUpRounds, async round =>
        {
            foreach (var card in cards) await SaveAsync(auditor, card, data.Template, round);
            for (var i = 0; i < Cards; i++) await probe.InsertAsync();
        });
        var warmUp = compiledPerRound.Count;
        BenchContext.Log($"warmed up: {warmUp} rounds of a save of each of {Cards} drafts and as many single-row commits " +
            $"(methods compiled per round: {string.Join(", ", compiledPerRound)})");

        var sent = await portal.Sql.CaptureAsync(() => SaveAsync(auditor, cards[0], data.Template, warmUp));
        BenchContext.Log($"one save sends {sent.Count} commands: {string.Join(" | ", sent.Select(c => Summary(c.Text)))}");

        // Interleaved, so that both sides see the same moments of a shared machine.
        var saves = new List<double>();
        var commits = new List<double>();
        var compiledBefore = JitInfo.GetCompiledMethodCount();
        for (var round = 1; round <= Rounds; round++)
        {
            for (var i = 0; i < Cards; i++) commits.Add(await probe.InsertAsync());
            foreach (var card in cards) saves.Add(await SaveAsync(auditor, card, data.Template, round));
        }
        var (p95, limit) = (Percentile(saves, 0.95), Percentile(commits, 0.95));
        BenchContext.Log($"{saves.Count} draft saves: p50 {Percentile(saves, 0.5):N2} ms, p95 {p95:N2} ms; " +
            $"{commits.Count} single-row commits: p50 {Percentile(commits, 0.5):N2} ms, p95 {limit:N2} ms " +
            $"({JitInfo.GetCompiledMethodCount() - compiledBefore} methods compiled meanwhile)");
        return [new BenchResult(Name, p95, "ms", limit, limit / p95, $"ratio >= {Goal}", limit / p95 >= Goal)];
    }

    private sealed class OpenCard(long id, string token, uint version)
    {
        public long Id { get; } = id;
        public string Token { get; } = token;
        public uint Version { get; set; } = version;
    }

    /// <summary>Opens the scoring page, as the auditor does before the script saves anything.</summary>
    private static async Task<OpenCard> OpenAsync(PortalSession auditor, long id)
    {
        var html = await auditor.PageAsync($"/scorecards/{id}");
        var version = VersionField().Match(html);
        if (!version.Success) throw new BenchException($"/scorecards/{id} has no scoring form; is it a draft of {AuditDatabase.Auditor}?");
        return new OpenCard(id, PortalSession.Token(html, $"/scorecards/{id}"), uint.Parse(version.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// One autosave, timed from sending to the end of the answer. The form is what the browser's
    /// FormData holds: the checked radios of the answered items (one more each round), every comment
    /// box, the overall comment, the version and the token.
    /// </summary>
    private static async Task<double> SaveAsync(PortalSession auditor, OpenCard card, ScorecardTemplate template, int round)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", card.Token), new("Version", card.Version.ToString(CultureInfo.InvariantCulture)) };
        var items = template.Items.ToList();
        var answered = 3 + (round % (items.Count - 3));
        for (var i = 0; i < items.Count; i++)
        {
            if (i < answered) fields.Add(new($"V[{items[i].Id}]", ((round + i) % (items[i].Scale.Max() + 1)).ToString(CultureInfo.InvariantCulture)));
            fields.Add(new($"C[{items[i].Id}]", i == 1 ? $"Second look, round {round}." : ""));
        }
        fields.Add(new("Overall", "Draft in progress."));
        fields.Add(new("Action", "save"));
        using var form = new FormUrlEncodedContent(fields);

        var started = Stopwatch.GetTimestamp();
        using var response = await auditor.Client.PostAsync($"/scorecards/{card.Id}/autosave", form);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new BenchException($"Autosave of scorecard {card.Id} answered {(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        card.Version = json.RootElement.GetProperty("version").GetUInt32();
        return elapsed;
    }

    /// <summary>A command's statements, each as its verb and first table ("SELECT scorecards; UPDATE scorecards").</summary>
    private static string Summary(string sql) => string.Join("; ", sql.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(statement => $"{statement.Split(' ', 2)[0]} {TableOf().Match(statement).Groups[1].Value}"));

    /// <summary>Nearest-rank percentile.</summary>
    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    [GeneratedRegex(@"(?:FROM|UPDATE|INTO)\s+""?(\w+)")]
    private static partial Regex TableOf();

    [GeneratedRegex("name=\"Version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();

    /// <summary>
    /// The limit: one INSERT of one small row, committed, through a pooled connection taken and given
    /// back each time, as EF Core does per save, into a table of a few hundred rows.
    /// </summary>
    private sealed class CommitProbe(NpgsqlDataSource source) : IAsyncDisposable
    {
        public static async Task<CommitProbe> CreateAsync(string connectionString)
        {
            var source = NpgsqlDataSource.Create(connectionString);
            await using var create = source.CreateCommand("""
                DROP TABLE IF EXISTS bench_commit_probe;
                CREATE TABLE bench_commit_probe (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL, note text NOT NULL);
                """);
            await create.ExecuteNonQueryAsync();
            return new CommitProbe(source);
        }

        public async Task<double> InsertAsync()
        {
            var started = Stopwatch.GetTimestamp();
            await using (var connection = await source.OpenConnectionAsync())
            await using (var insert = new NpgsqlCommand("INSERT INTO bench_commit_probe (at, note) VALUES ($1, $2)", connection))
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = DateTime.UtcNow });
                insert.Parameters.Add(new NpgsqlParameter { Value = "draft saved" });
                await insert.ExecuteNonQueryAsync();
            }
            return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        public async ValueTask DisposeAsync()
        {
            await using (var drop = source.CreateCommand("DROP TABLE IF EXISTS bench_commit_probe")) await drop.ExecuteNonQueryAsync();
            await source.DisposeAsync();
        }
    }
}
