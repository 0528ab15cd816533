using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Npgsql;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Security;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Seed;

namespace VendorAudit.Infrastructure.Seeding;

public sealed record SeedResult(bool Seeded, int Vendors, int Agents, long Calls, IReadOnlyList<DemoLogin> Logins);

public sealed record DemoLogin(string Role, string Email, string? Vendor);

/// <summary>
/// Loads the demo: five vendors with their agents, contracts, three months of calls and one user per
/// role and per vendor. Runs in one transaction, so an interrupted seed leaves nothing behind.
/// </summary>
public sealed class DemoSeeder(VendorAuditDbContext db, UserAdministration userAdministration,
    CallBulkLoader loader, IConfiguration configuration, TimeProvider clock)
{
    public const string DemoDomain = "vendoraudit.test";

    public string Password => configuration["Demo:Password"] is { Length: > 0 } p ? p : "Demo-2026!";

    public async Task<SeedResult> SeedAsync(DemoOptions options, bool force, Action<string>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!force && await db.Vendors.IgnoreQueryFilters().AnyAsync(cancellationToken))
            return new SeedResult(false, 0, 0, 0, []);

        var generator = new DemoDataGenerator(options);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (force) await ClearAsync(cancellationToken);

        var logins = new List<DemoLogin>();
        await userAdministration.EnsureRolesAsync();
        foreach (var role in Roles.BrandSide)
            logins.Add(await EnsureUserAsync(role, $"{role.ToLowerInvariant()}@{DemoDomain}", null));
        // A second auditor, so that calibration (several auditors on the same calls) can be tried at once.
        logins.Add(await EnsureUserAsync(Roles.Auditor, $"auditor2@{DemoDomain}", null));

        long calls = 0;
        var agents = 0;
        foreach (var demo in generator.Vendors)
        {
            progress?.Invoke($"{demo.Code}: vendor, agents, contract");
            var vendor = new Vendor(demo.Code, demo.Name, demo.Country);
            db.Vendors.Add(vendor);
            await db.SaveChangesAsync(cancellationToken);
            agents += await AddAgentsAsync(vendor, demo, cancellationToken);
            db.Contracts.Add(new Contract(vendor.Id, options.FirstPeriod.FirstDay, demo.Targets, demo.Grid));
            var batch = new ImportBatch(vendor.Id, $"demo-{demo.Code.ToLowerInvariant()}.generated",
                DemoHash(options, demo.Code), "demo", clock.GetUtcNow());
            db.ImportBatches.Add(batch);
            await db.SaveChangesAsync(cancellationToken);

            progress?.Invoke($"{demo.Code}: calls");
            // The demo goes through the same bulk path as a vendor's file.
            IEnumerable<ParsedCall> Parsed() => generator.Calls(demo).Select(c => new ParsedCall(c.ExternalId, c.StartedAt, c.Timings,
                c.Outcome, c.EndedBy, c.AgentName, c.Queue, c.CallerNumber, c.Transfers, c.Details));
            var loaded = await loader.LoadAsync((NpgsqlConnection)db.Database.GetDbConnection(), vendor.Id, batch.Id, Parsed, cancellationToken);
            calls += loaded.Imported;
            batch.Record((int)loaded.Imported, (int)loaded.Duplicates, 0, 0, []);
            await db.SaveChangesAsync(cancellationToken);

            logins.Add(await EnsureUserAsync(Roles.Vendor, $"{demo.Code.ToLowerInvariant()}@{DemoDomain}", demo.Code));
        }
        await transaction.CommitAsync(cancellationToken);
        return new SeedResult(true, generator.Vendors.Count, agents, calls, logins);
    }

    /// <summary>Agents with their display names and teams; the load would otherwise add them by telephony name only.</summary>
    private async Task<int> AddAgentsAsync(Vendor vendor, DemoVendor demo, CancellationToken cancellationToken)
    {
        db.Agents.AddRange(demo.Agents.Select(a => new Agent(vendor.Id, a.Name, a.DisplayName, a.Team)));
        await db.SaveChangesAsync(cancellationToken);
        return demo.Agents.Count;
    }

    private async Task<DemoLogin> EnsureUserAsync(string role, string email, string? vendorCode)
    {
        if (!await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant()))
        {
            var name = vendorCode is null ? $"Demo {role.ToLowerInvariant()}" : $"Demo {vendorCode} user";
            var problems = await userAdministration.CreateAsync(new NewUser(email, name, role, vendorCode, Password));
            if (problems.Count > 0) throw new InvalidOperationException($"Demo user {email}: {string.Join(" ", problems)}");
        }
        return new DemoLogin(role, email, vendorCode);
    }

    /// <summary>Removes all vendor data; deleting vendors cascades to their users, brand-side users stay.</summary>
    private async Task ClearAsync(CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE scorecards, calibration_sessions, sampling_plans, findings, calls, import_batches, contracts, agents RESTART IDENTITY CASCADE", cancellationToken);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM vendors", cancellationToken);
    }

    private static string DemoHash(DemoOptions options, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{options}|{code}")));
}
