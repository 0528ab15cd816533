using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Detection;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Seeding;
using VendorAudit.Seed;

namespace VendorAudit.Web.Tests.Harness;

/// <summary>What the demo seed does after loading calls: detection over its months, then the audit work (plans, scorecards, confirmed findings).</summary>
public static class DemoWork
{
    public static async Task RunAsync(IServiceProvider scoped)
    {
        var detection = scoped.GetRequiredService<DetectionService>();
        var vendors = await scoped.GetRequiredService<VendorAuditDbContext>().Vendors.Select(v => v.Id).ToListAsync();
        foreach (var vendorId in vendors)
            for (var (month, i) = (DemoOptions.Small.FirstPeriod, 0); i < DemoOptions.Small.Months; month = month.Next(), i++)
                await detection.DetectAsync(vendorId, month);
        await scoped.GetRequiredService<DemoAudits>().SeedAsync(DemoOptions.Small);
    }
}
