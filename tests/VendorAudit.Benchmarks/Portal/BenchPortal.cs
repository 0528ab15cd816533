using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Benchmarks.Portal;

/// <summary>
/// The portal as deployed (Production: jobs, antiforgery, cookie auth, error pages), on a real
/// Kestrel port of this machine's loopback and the bench database, as the browser tests run it.
/// Plain http, so nothing is measured that a TLS-terminating proxy would do in front of it.
/// </summary>
public sealed class BenchPortal : WebApplicationFactory<global::Program>
{
    private readonly string contentRoot;
    private readonly string connectionString;

    private BenchPortal(string contentRoot, string connectionString)
    {
        this.contentRoot = contentRoot;
        this.connectionString = connectionString;
        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The SQL the portal sends while <see cref="SqlCapture.CaptureAsync"/> runs, for EXPLAIN.</summary>
    public SqlCapture Sql { get; } = new();

    public static BenchPortal Start(BenchContext context)
    {
        var portal = new BenchPortal(Path.Combine(context.Root, "src", "VendorAudit.Web"), context.Database.ConnectionString);
        portal.StartServer();
        var address = portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        portal.BaseAddress = new Uri(address);
        BenchContext.Log($"portal listening on {portal.BaseAddress}");
        return portal;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The factory looks for its manifest in the working directory, which is the repository's here, not bin/.
        builder.UseContentRoot(contentRoot);
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:VendorAudit", connectionString);
        builder.UseSetting("VendorAudit:CallerHashKey", VendorAuditCli.CallerHashKey);
        builder.UseSetting("VendorAudit:RequireHttps", "false");
        // Start-up chatter (Quartz, hosting) would interleave with the runner's progress lines.
        builder.ConfigureLogging(logging => logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning));
        builder.ConfigureServices(services => services.ConfigureDbContext<VendorAuditDbContext>(options => options.AddInterceptors(Sql)));
    }
}
