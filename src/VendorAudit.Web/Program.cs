using VendorAudit.Infrastructure;
using VendorAudit.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.AddPortal();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UsePortal();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
