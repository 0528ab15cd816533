using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Scoring;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Scores;

/// <summary>The portal on the small demo with its audit work done (plans, scorecards, confirmed findings) and every month scored.</summary>
public abstract class ScoredPortalFixture : PortalFixture
{
    public static readonly Period[] Months = [new(2026, 8), new(2026, 9), new(2026, 10)];

    [OneTimeSetUp]
    public async Task ScoreTheDemo()
    {
        using var system = SystemScope.Enter();
        await using var scope = Portal.Services.CreateAsyncScope();
        await DemoWork.RunAsync(scope.ServiceProvider);
        foreach (var month in Months) await scope.ServiceProvider.GetRequiredService<ScoringService>().RecomputeAsync(month);
    }
}
