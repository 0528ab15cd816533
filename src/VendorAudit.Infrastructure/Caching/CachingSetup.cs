using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace VendorAudit.Infrastructure.Caching;

public static class CachingSetup
{
    /// <summary>At most this many cached reads per instance (filters and pages make keys; an entry is a page's data).</summary>
    public const int MaxEntries = 5_000;

    /// <summary>
    /// Cached reads for a long-running process (the portal): the change feed that expires them, listening from
    /// start-up, and the interceptor that expires this instance's own writes at once.
    /// </summary>
    public static IServiceCollection AddReadCache(this IServiceCollection services) => services
        .AddMemoryCache(options => options.SizeLimit = MaxEntries)
        .AddSingleton<ChangeFeed>()
        .AddHostedService(provider => provider.GetRequiredService<ChangeFeed>())
        .AddSingleton<IInterceptor, ChangeInterceptor>()
        .AddScoped<ReadCache>();
}
