using System.Data.Common;
using Npgsql;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorAudit.Infrastructure.Calls;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Privacy;
using VendorAudit.Infrastructure.Seeding;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure;

public static class DependencyInjection
{
    public const string DefaultConnectionString =
        "Host=127.0.0.1;Port=5432;Database=vendoraudit;Username=vendoraudit;Password=vendoraudit";

    /// <summary>
    /// The configured connection string, with two defaults of its own. A pooled connection is not reset
    /// when it goes back to the pool. A reset (<c>DISCARD ALL</c> or its parts) costs the server work on
    /// every request's first command, and the product leaves nothing on a session to reset: no <c>SET</c>,
    /// no session advisory lock, temporary tables dropped at commit, LISTEN only on the change feed's own
    /// unpooled connection; an open transaction is still rolled back. And the statements a connection runs
    /// again and again are prepared on it (<c>Max Auto Prepare</c>, after five uses): the server then skips
    /// parsing and, once its plan is generic, planning; that was half the server's time for a draft save's
    /// three statements. A connection string that sets either itself is taken as it is.
    /// </summary>
    public static string ConnectionString(this IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("VendorAudit") is { Length: > 0 } text ? text : DefaultConnectionString;
        var given = new DbConnectionStringBuilder { ConnectionString = configured };
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!given.ContainsKey("No Reset On Close")) builder.NoResetOnClose = true;
        if (!given.ContainsKey("Max Auto Prepare")) builder.MaxAutoPrepare = 64;
        return builder.ConnectionString;
    }

    /// <summary>PostgreSQL, identity stores, caller pseudonymisation and demo seeding. The caller adds an <c>IVendorScope</c>.</summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(TimeProvider.System);
        // Pooled: a context's internal services are built once, not on every request. Each lease gets the caller's vendor scope.
        builder.Services.AddPooledDbContextFactory<VendorAuditDbContext>((services, options) => options
            .UseNpgsql(configuration.ConnectionString(), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            // Migrations are SQL scripts checked against the model by a test (see Persistence/Migrations).
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            // The portal's cache adds one (Caching/ChangeInterceptor); the command line has none.
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<VendorAuditDbContext>>().CreateDbContext()
            .ScopedTo(services.GetRequiredService<IVendorScope>()));

        // Identity's tokens and the portal's cookies: one key ring in the database, for every instance and the CLI.
        builder.Services.AddDatabaseKeyRing();
        builder.Services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<VendorAuditDbContext>()
            .AddClaimsPrincipalFactory<VendorClaimsPrincipalFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        builder.Services.AddSingleton(_ => configuration["VendorAudit:CallerHashKey"] is { Length: > 0 } key
            ? CallerHashKey.FromBase64(key)
            : CallerHashKey.FromFile(CallerHashKey.DefaultPath));
        builder.Services.AddSingleton(sp => new CallerPseudonymiser(
            sp.GetRequiredService<CallerHashKey>(), configuration["VendorAudit:DefaultCountryCode"] ?? "33"));

        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddScoped<DemoAudits>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddScoped<CallTotalsQuery>();
        builder.Services.AddSingleton<CallBulkLoader>();
        builder.Services.AddScoped<CallImporter>();
        builder.Services.AddScoped<Audits.TemplateCatalog>();
        builder.Services.AddScoped<Audits.SamplingPlanner>();
        builder.Services.AddScoped<Scoring.ScoreInputs>();
        builder.Services.AddScoped<Scoring.ScoringService>();
        builder.Services.AddScoped<Detection.DetectionService>();
        builder.Services.AddSingleton<Detection.CallFactsReader>();
        builder.Services.AddSingleton(new Reports.PdfRendererOptions());
        builder.Services.AddSingleton<Reports.IPdfRenderer, Reports.ChromiumPdfRenderer>();
        builder.Services.AddScoped<Reports.ReportService>();
        builder.Services.AddScoped<Privacy.RetentionService>();
        builder.Services.AddTransient<ICallFileParser, Imports.QueueLog.QueueLogParser>();
        builder.Services.AddTransient<ICallFileParser, Imports.Connect.ConnectCtrParser>();
        builder.Services.AddTransient<ICallFileParser, Imports.Csv.CsvCallParser>();
        return builder;
    }
}
