using VendorAudit.Infrastructure;
using VendorAudit.Infrastructure.Jobs;
using VendorAudit.Web.Jobs;
using VendorAudit.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddInfrastructure();
builder.AddJobs(JobSchedule.Apply);
builder.AddPortal();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UsePortal();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
