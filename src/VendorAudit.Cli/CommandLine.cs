using VendorAudit.Cli.Commands;

namespace VendorAudit.Cli;

/// <summary>Dispatches <c>vendoraudit &lt;verb&gt; …</c> to its command.</summary>
public static class CommandLine
{
    public const string Usage = """
        usage: vendoraudit <verb> [options]
          migrate                                   apply pending database migrations
          seed [--force] [--small]                  load the demo data (--force: replace it)
          users add --email E --role R [--vendor CODE] [--name N] [--password P]
                                                    R is Admin, Auditor, Procurement or Vendor
          import --vendor CODE --format queue_log|connect-ctr|csv FILE... [--strict] [--json] [--no-detect]
                                                    import call records (the vendor is created if new),
                                                    then detect abuses in the months they touch
          detect [--from YYYY-MM-DD --to YYYY-MM-DD | --period YYYY-MM] [--vendor CODE] [--json]
                                                    detect abuses (default: every vendor's latest month)
          sample --vendor CODE --period YYYY-MM [--margin 0.05] [--confidence 0.95] [--json]
                                                    draw (or show) the month's sampling plan for audit
          scores [--period YYYY-MM] [--json]        recompute and print the period's vendor scores and ranking
          report --vendor CODE [--period YYYY-MM] [--lang fr|en] --out FILE.pdf
                                                    render (and keep) the vendor's contract-review PDF report
          retention [--json]                        anonymise call data older than VendorAudit:RetentionMonths
                                                    (24 by default), as the nightly job does
          schema                                    print the SQL the model expects (for new migrations)
        """;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var arguments = new Arguments(args);
        try
        {
            return await RunVerbAsync(services, arguments);
        }
        catch (VendorAudit.Domain.DomainException e)
        {
            // A rule of the domain refused the request (a margin out of range, an unknown period…): say which.
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> RunVerbAsync(IServiceProvider services, Arguments arguments) =>
        arguments.Verb switch
        {
            "migrate" => await MigrateCommand.RunAsync(services),
            "seed" => await SeedCommand.RunAsync(services, arguments),
            "users" => await UsersCommand.RunAsync(services, arguments),
            "import" => await ImportCommand.RunAsync(services, arguments),
            "detect" => await DetectCommand.RunAsync(services, arguments),
            "sample" => await SampleCommand.RunAsync(services, arguments),
            "scores" => await ScoresCommand.RunAsync(services, arguments),
            "report" => await ReportCommand.RunAsync(services, arguments),
            "retention" => await RetentionCommand.RunAsync(services, arguments),
            "schema" => await SchemaCommand.RunAsync(services),
            null or "help" or "--help" or "-h" => Help(),
            var verb => throw new UsageException($"Unknown verb '{verb}'."),
        };

    private static int Help()
    {
        Console.WriteLine(Usage);
        return 0;
    }
}
