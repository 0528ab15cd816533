using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Cli.Commands;

/// <summary>Prints the model's CREATE script: the starting point of a new migration's SQL.</summary>
public static class SchemaCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        Console.WriteLine(scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().Database.GenerateCreateScript());
        return 0;
    }
}
