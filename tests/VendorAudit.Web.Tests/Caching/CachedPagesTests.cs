using System.Text.RegularExpressions;
using Npgsql;
using VendorAudit.Infrastructure.Caching;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Caching;

/// <summary>
/// The portal's cached reads: a page asked for again costs no query, a change committed by anyone reaches it, and
/// what one scope read is never what another scope gets.
/// </summary>
[TestFixture, NonParallelizable]
public sealed partial class CachedPagesTests
{
    private Portal Portal { get; set; } = null!;

    // EF Core's log of each command it sends, which production keeps quiet: the tests count the queries a page sends.
    [OneTimeSetUp]
    public async Task StartPortal() =>
        Portal = await Portal.StartAsync(new Dictionary<string, string> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information" });

    [OneTimeTearDown]
    public async Task StopPortal() => await Portal.DisposeAsync();

    [Test]
    public async Task A_page_asked_for_again_sends_no_query_until_a_table_it_read_changes()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        await auditor.Client.GetStringAsync("/calls?outcome=Answered");
        var before = CallQueries();
        await auditor.Client.GetStringAsync("/calls?outcome=Answered");
        before.ShouldBeGreaterThan(0);
        CallQueries().ShouldBe(before, "the second request read the calls again");

        await ExecuteAsync("UPDATE calls SET queue = queue WHERE id = (SELECT min(id) FROM calls)");
        await Poll.UntilAsync(async () => { await auditor.Client.GetStringAsync("/calls?outcome=Answered"); return CallQueries(); },
            queries => queries > before, TimeSpan.FromSeconds(10), _ => "a write to calls did not expire the cached page");
    }

    [Test]
    public async Task A_change_committed_by_another_process_reaches_every_cached_page_that_shows_it()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        (await auditor.Client.GetStringAsync("/findings")).ShouldContain(">Blue Bay Customer Care Ltd<");
        (await auditor.Client.GetStringAsync("/calls")).ShouldContain(">Blue Bay Customer Care Ltd<");

        // psql, another instance or the command line: nothing of this process knows of it but the database's notification.
        await ExecuteAsync("UPDATE vendors SET name = 'Blue Bay Renamed Ltd' WHERE code = 'BLUEBAY'");
        foreach (var path in new[] { "/findings", "/calls" })
            await Poll.UntilAsync(() => auditor.Client.GetStringAsync(path), html => html.Contains(">Blue Bay Renamed Ltd<", StringComparison.Ordinal),
                TimeSpan.FromSeconds(10), _ => $"{path} still shows the old name");
        await ExecuteAsync("UPDATE vendors SET name = 'Blue Bay Customer Care Ltd' WHERE code = 'BLUEBAY'");
    }

    [Test]
    public async Task A_vendor_user_never_gets_the_pages_a_brand_user_had_cached()
    {
        using var procurement = await Portal.Visit().SignedInAsync(Demo.Procurement);
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("ATLAS"));
        foreach (var path in new[] { "/calls", "/findings?status=Confirmed", "/" })
        {
            var brand = await procurement.Client.GetStringAsync(path);
            brand.ShouldContain("Northwind Contact", customMessage: $"{path} as procurement");
            var own = await vendor.Client.GetStringAsync(path);
            foreach (var other in new[] { "Northwind Contact", "NORTHWIND", "Blue Bay Customer", "BLUEBAY", "Cedar Contact", "CEDAR", "Dunmore Outsourcing", "DUNMORE" })
                own.ShouldNotContain(other, Case.Sensitive, $"{path} as ATLAS shows {other}");
        }
    }

    [Test]
    public async Task Every_table_a_cached_read_depends_on_notifies_its_changes()
    {
        await using var connection = new NpgsqlConnection(TestDatabases.For(Portal.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
             WHERE p.proname = 'vendoraudit_notify_change' AND NOT t.tgisinternal
            """, connection);
        var triggered = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) triggered.Add(reader.GetString(0));
        triggered.Order().ShouldBe(ChangeFeed.WatchedTables.Order());
    }

    /// <summary>How many queries reading the calls table the portal has sent so far (EF Core logs each command).</summary>
    private int CallQueries() => Portal.Logs.Lines.Count(line => line.Contains("Executed DbCommand", StringComparison.Ordinal) && FromCalls().IsMatch(line));

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.For(Portal.Database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"FROM calls\b")]
    private static partial Regex FromCalls();
}
