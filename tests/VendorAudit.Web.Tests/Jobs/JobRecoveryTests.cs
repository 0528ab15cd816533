using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Imports;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Imports.QueueLog;
using VendorAudit.Web.Tests.Harness;
using VendorAudit.Web.Tests.Imports;

namespace VendorAudit.Web.Tests.Jobs;

/// <summary>
/// A portal instance run as its own process takes an upload and starts importing it; it is killed (SIGKILL) in the
/// middle. Another instance on the same database and upload folder finds the dead instance's job in the clustered
/// store and runs it again (<c>RequestsRecovery</c>): the file ends imported, exactly once.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class JobRecoveryTests
{
    [Test]
    public async Task An_import_whose_instance_is_killed_is_finished_by_the_other_instance_exactly_once()
    {
        var database = await TestDatabases.CreateSeededCopyAsync();
        var folder = Path.Combine(Path.GetTempPath(), $"vendoraudit-uploads-{Guid.NewGuid():N}");
        var content = ImportFiles.QueueLog(callsPerMonth: 60_000, seed: 61);
        var expected = new QueueLogParser().Parse(ImportFiles.Stream(content)).OfType<CallItem>().Count();
        try
        {
            var callsBefore = await CountCallsAsync(database);
            var port = Visitor.FreePort();
            using (var first = StartPortalProcess(database, folder, port))
            {
                using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
                    { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
                await WaitHealthyAsync(client, first);
                using var auditor = await new Visitor(client).SignedInAsync(Demo.Auditor);
                (await auditor.UploadCallsAsync("ATLAS", "recovered.log", ImportFormats.QueueLog, content)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                await WaitForUploadAsync(database, UploadStatus.Running);
                await Task.Delay(Random.Shared.Next(200, 800));
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync();
            }
            (await UploadAsync(database)).Status.ShouldBe(UploadStatus.Running, "killed in the middle: nobody finished it");
            (await CountCallsAsync(database)).ShouldBe(callsBefore, "the killed import's transaction left nothing");

            await using var second = Portal.Attach(database, new Dictionary<string, string> { ["VendorAudit:UploadFolder"] = folder });
            _ = second.Services; // starts the host, its scheduler and so the cluster's recovery
            var upload = await WaitForUploadAsync(database, UploadStatus.Done);
            upload.Message.ShouldNotBeNull().ShouldContain($"{expected:N0}", Case.Insensitive);
            (await CountCallsAsync(database)).ShouldBe(callsBefore + expected, "imported exactly once");
        }
        finally
        {
            await TestDatabases.DropAsync(database);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static Process StartPortalProcess(string database, string folder, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "VendorAudit.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__VendorAudit"] = TestDatabases.For(database);
        start.Environment["VendorAudit__CallerHashKey"] = TestDatabases.CallerHashKey;
        start.Environment["VendorAudit__RequireHttps"] = "false";
        start.Environment["VendorAudit__UploadFolder"] = folder;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(HttpClient client, Process portal)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !portal.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(200);
        }
        Assert.Fail("The portal process never became healthy.");
    }

    private static async Task<ImportUpload> WaitForUploadAsync(string database, UploadStatus status)
    {
        var upload = await Poll.UntilAsync(() => UploadAsync(database), u => u.Status == status || u.IsFinished, TimeSpan.FromSeconds(90),
            u => $"The upload is {u.Status} ({u.Message}), not {status}.");
        upload.Status.ShouldBe(status, upload.Message);
        return upload;
    }

    private static async Task<ImportUpload> UploadAsync(string database)
    {
        using var host = TestDatabases.BuildHost(database);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAudit.Infrastructure.Persistence.VendorAuditDbContext>();
        return await db.ImportUploads.AsNoTracking().SingleAsync(u => u.FileName == "recovered.log");
    }

    private static async Task<int> CountCallsAsync(string database)
    {
        using var host = TestDatabases.BuildHost(database);
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VendorAudit.Infrastructure.Persistence.VendorAuditDbContext>().Calls.CountAsync();
    }

}
