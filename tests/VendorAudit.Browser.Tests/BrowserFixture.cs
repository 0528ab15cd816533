namespace VendorAudit.Browser.Tests;

/// <summary>A fixture with the portal on a real port, its own database copy, and a warm Chromium.</summary>
public abstract class BrowserFixture
{
    protected BrowserPortal Portal { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartPortal() => Portal = await BrowserPortal.StartAsync();

    [OneTimeTearDown]
    public async Task StopPortal() => await Portal.DisposeAsync();
}
