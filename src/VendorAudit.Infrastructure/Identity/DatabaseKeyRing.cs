using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Identity;

/// <summary>One Data Protection key, as the key manager writes it (XML), in the shared database.</summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}

/// <summary>
/// The Data Protection key ring in PostgreSQL, so that every portal instance signs and reads the same session
/// cookies and antiforgery tokens: behind a load balancer a user's next request may land on any instance. The keys
/// are as sensitive as the database itself: whoever can read them can forge a session.
/// </summary>
public static class DatabaseKeyRing
{
    /// <summary>The same on every instance whatever its install path, which would otherwise isolate their keys.</summary>
    public const string ApplicationName = "VendorAudit";

    public static IServiceCollection AddDatabaseKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new Repository(provider.GetRequiredService<DbContextOptions<VendorAuditDbContext>>())));
        return services;
    }

    /// <summary>Read when the key ring is (re)loaded and written when a key is created: rare, so synchronous as the interface is.</summary>
    private sealed class Repository(DbContextOptions<VendorAuditDbContext> options) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var db = new VendorAuditDbContext(options).ScopedTo(new AllVendorsScope());
            return db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse).ToList();
        }

        public void StoreElement(XElement element, string friendlyName)
        {
            using var db = new VendorAuditDbContext(options).ScopedTo(new AllVendorsScope());
            db.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            db.SaveChanges();
        }
    }
}
