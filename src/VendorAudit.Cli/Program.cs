using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using VendorAudit.Infrastructure;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ApplicationName = "VendorAudit.Cli" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddInfrastructure();
        // The command line is a trusted operator's tool: it sees every vendor.
        builder.Services.AddSingleton<IVendorScope, AllVendorsScope>();
        using var host = builder.Build();
        try
        {
            return await CommandLine.RunAsync(host.Services, args);
        }
        catch (UsageException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{e.Message}[/]");
            Console.Error.WriteLine(CommandLine.Usage);
            return 2;
        }
    }
}
