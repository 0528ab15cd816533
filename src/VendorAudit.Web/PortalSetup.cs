using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Features;
using VendorAudit.Web.Security;

namespace VendorAudit.Web;

/// <summary>The portal's composition: authentication, policies, MVC with feature folders, localisation, headers.</summary>
public static class PortalSetup
{
    public static readonly CultureInfo[] Cultures = [new("en"), new("fr")];

    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Cookies are Secure-only unless explicitly served over plain http (development, a local demo).
        var cookiePolicy = RequiresHttps(builder) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.AddHttpContextAccessor();
        services.AddScoped<IVendorScope, HttpVendorScope>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "vendoraudit.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = cookiePolicy;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.AnyRole, p => p.RequireRole(VendorAudit.Domain.Security.Roles.All))
            .AddPolicy(Policies.BrandSide, p => p.RequireRole(VendorAudit.Domain.Security.Roles.BrandSide))
            .AddPolicy(Policies.Admin, p => p.RequireRole(VendorAudit.Domain.Security.Roles.Admin))
            .AddPolicy(Policies.Auditors, p => p.RequireRole(VendorAudit.Domain.Security.Roles.Admin, VendorAudit.Domain.Security.Roles.Auditor))
            .AddPolicy(Policies.VendorUsers, p => p.RequireRole(VendorAudit.Domain.Security.Roles.Vendor))
            .AddPolicy(Policies.Uploaders, p => p.RequireRole(VendorAudit.Domain.Security.Roles.Admin,
                VendorAudit.Domain.Security.Roles.Auditor, VendorAudit.Domain.Security.Roles.Vendor));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "vendoraudit.xsrf";
            options.Cookie.SecurePolicy = cookiePolicy;
        });
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<RazorViewEngineOptions>(options =>
        {
            // Views sit beside their use cases: Features/<Area>/<View>.cshtml.
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
        });
        services.AddLoginRateLimit(builder.Configuration);
        services.AddFeatures();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Behind a TLS-terminating load balancer: trust its X-Forwarded-Proto so secure cookies work.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in (builder.Configuration["VendorAudit:TrustedProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                options.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        return builder;
    }

    /// <summary><c>VendorAudit:RequireHttps</c>, true by default outside Development.</summary>
    private static bool RequiresHttps(IHostApplicationBuilder builder) =>
        builder.Configuration.GetValue("VendorAudit:RequireHttps", !builder.Environment.IsDevelopment());

    private static bool RequiresHttps(WebApplication app) =>
        app.Configuration.GetValue("VendorAudit:RequireHttps", !app.Environment.IsDevelopment());

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().ApplyMigrationsAsync();
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                // A request the server refused (a body over the endpoint's limit: 413) keeps its status; the rest are 500.
                StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
        if (RequiresHttps(app)) app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<RequestSizeGuard>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/health").WithMetadata(new HttpMethodMetadata(["GET", "HEAD"])).AllowAnonymous();
        app.MapControllers();
        return app;
    }
}
