using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;

namespace VendorAudit.Cli.Commands;

public static class UsersCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        if (arguments.Word(1) != "add") throw new UsageException("users: the only sub-command is 'add'.");
        var email = arguments.Required("email");
        var role = arguments.Required("role");
        var vendor = arguments.Option("vendor");
        var name = arguments.Option("name") ?? email;
        var given = arguments.Option("password") ?? Environment.GetEnvironmentVariable("VENDORAUDIT_PASSWORD");
        arguments.EnsureAllRead();
        var password = given ?? GeneratePassword();

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().ApplyMigrationsAsync();
        var problems = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .CreateAsync(new NewUser(email, name, role, vendor, password));
        if (problems.Count > 0)
        {
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            return 1;
        }
        Console.WriteLine($"Created {role} user {email}{(vendor is null ? "" : $" of vendor {vendor.ToUpperInvariant()}")}.");
        if (given is null) Console.WriteLine($"Password (shown once): {password}");
        return 0;
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y') + "-9a";
}
