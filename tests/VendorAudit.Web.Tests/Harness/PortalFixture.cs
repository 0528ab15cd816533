namespace VendorAudit.Web.Tests.Harness;

/// <summary>A fixture with the real portal on its own copy of the seeded database, started once for its tests.</summary>
public abstract class PortalFixture
{
    protected Portal Portal { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartPortal() => Portal = await Harness.Portal.StartAsync();

    [OneTimeTearDown]
    public async Task StopPortal() => await Portal.DisposeAsync();
}
