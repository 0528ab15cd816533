using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VendorAudit.Infrastructure;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Benchmarks.Audits;

/// <summary>The infrastructure as the CLI and the jobs compose it, on the bench database, seeing every vendor.</summary>
public static class BenchHost
{
    public static IHost Build(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:VendorAudit"] = connectionString,
            ["VendorAudit:CallerHashKey"] = VendorAuditCli.CallerHashKey,
        });
        builder.AddInfrastructure();
        builder.Services.AddSingleton<IVendorScope, AllVendorsScope>();
        return builder.Build();
    }
}
