using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Browser.Tests;

/// <summary>The portal on a real Kestrel port with its own database copy, and Debian's Chromium driving it.</summary>
public sealed class BrowserPortal : WebApplicationFactory<Program>
{
    private readonly string _database;
    private IPlaywright? _playwright;

    private BrowserPortal(string database)
    {
        _database = database;
        UseKestrel(0);
    }

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("VENDORAUDIT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<BrowserPortal> StartAsync()
    {
        var portal = new BrowserPortal(await TestDatabases.CreateSeededCopyAsync());
        portal.StartServer();
        var addresses = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        portal.BaseUrl = addresses.Addresses.First().Replace("127.0.0.1", "localhost").Replace("[::1]", "localhost");
        portal._playwright = await Playwright.CreateAsync();
        portal.Browser = await portal._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return portal;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:VendorAudit", TestDatabases.For(_database));
        builder.UseSetting("VendorAudit:CallerHashKey", TestDatabases.CallerHashKey);
        builder.UseSetting("VendorAudit:RequireHttps", "false"); // Kestrel serves plain http on loopback here
        builder.UseSetting("VendorAudit:LoginAttemptsPerMinute", "100000"); // the journeys sign in far more often than people
    }

    /// <summary>A fresh browser context (its own cookies), signed in as the given user.</summary>
    /// <summary>Reads or arranges data straight in the database, seeing every vendor (as the test's own setup).</summary>
    public async Task<T> QueryAsync<T>(Func<VendorAuditDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<VendorAuditDbContext>>();
        await using var db = new VendorAuditDbContext(options).ScopedTo(new AllVendorsScope());
        return await query(db);
    }

    public async Task<IPage> SignedInPageAsync(string email, string password = Visitor.DemoPassword)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
        return page;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        await TestDatabases.DropAsync(_database);
    }
}
