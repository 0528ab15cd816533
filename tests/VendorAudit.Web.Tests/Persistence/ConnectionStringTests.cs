using Microsoft.Extensions.Configuration;
using Npgsql;
using VendorAudit.Infrastructure;

namespace VendorAudit.Web.Tests.Persistence;

[TestFixture]
public sealed class ConnectionStringTests
{
    [Test]
    public void Pooled_connections_are_not_reset_unless_the_configuration_says_otherwise()
    {
        Builder(null).NoResetOnClose.ShouldBeTrue("the default database");
        var configured = Builder("Host=db.internal;Database=audit;Username=audit;Password=secret");
        (configured.Host, configured.Database, configured.Username, configured.Password, configured.NoResetOnClose)
            .ShouldBe(("db.internal", "audit", "audit", "secret", true));
        Builder("Host=db.internal;Database=audit;No Reset On Close=false").NoResetOnClose.ShouldBeFalse("an operator's own choice stands");
    }

    [Test]
    public void Statements_are_prepared_automatically_unless_the_configuration_says_otherwise()
    {
        Builder(null).MaxAutoPrepare.ShouldBe(64, "the default database");
        Builder("Host=db.internal;Database=audit").MaxAutoPrepare.ShouldBe(64);
        Builder("Host=db.internal;Database=audit;Max Auto Prepare=0").MaxAutoPrepare.ShouldBe(0, "an operator's own choice stands");
    }

    private static NpgsqlConnectionStringBuilder Builder(string? configured)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:VendorAudit"] = configured })
            .Build();
        return new NpgsqlConnectionStringBuilder(configuration.ConnectionString());
    }
}
