using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace VendorAudit.Web.Security;

/// <summary>
/// Sign-in attempts per client address and minute (<c>VendorAudit:LoginAttemptsPerMinute</c>, 20 by default). The
/// account lockout stops guessing one account's password; this stops one address from trying many accounts.
/// Beyond the limit the answer is 429 with Retry-After, and the attempt never reaches the password check.
/// </summary>
public static class LoginRateLimit
{
    public const string Policy = "login";
    public const int DefaultAttemptsPerMinute = 20;

    public static IServiceCollection AddLoginRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var attempts = configuration.GetValue("VendorAudit:LoginAttemptsPerMinute", DefaultAttemptsPerMinute);
        if (attempts < 1) throw new InvalidOperationException($"VendorAudit:LoginAttemptsPerMinute must be at least 1, not {attempts}.");
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Behind a load balancer the address is the client's, from the trusted proxy's X-Forwarded-For.
            options.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
