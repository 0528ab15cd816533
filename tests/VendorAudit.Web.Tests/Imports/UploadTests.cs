using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Imports;

[TestFixture]
public sealed partial class UploadTests : PortalFixture
{
    [Test]
    public async Task A_vendor_user_uploads_a_queue_log_that_the_background_job_imports_with_its_report()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.VendorUser("DUNMORE"));
        var content = ImportFiles.QueueLog(callsPerMonth: 300, seed: 31);
        var response = await visitor.UploadCallsAsync("DUNMORE", "pbx-november.log", "queue_log", content);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var statusPage = response.Headers.Location!.ToString();
        statusPage.ShouldStartWith("/imports/uploads/");

        var html = await WaitForAsync(visitor, statusPage, "Done");
        var batchLink = BatchLink().Match(html);
        batchLink.Success.ShouldBeTrue(html);
        var report = await visitor.Client.GetStringAsync(batchLink.Groups[1].Value);
        report.ShouldContain("pbx-november.log");

        var imported = await Portal.QueryAsync(db => db.ImportBatches.Where(b => b.FileName == "pbx-november.log").Select(b => b.Imported).SingleAsync());
        imported.ShouldBeGreaterThan(250);
    }

    [Test]
    public async Task A_vendor_user_cannot_upload_for_another_vendor()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.VendorUser("DUNMORE"));
        var response = await visitor.UploadCallsAsync("ATLAS", "sneaky.log", "queue_log", ImportFiles.QueueLog(callsPerMonth: 50, seed: 32));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("No vendor you can import for has the code");
        (await Portal.QueryAsync(db => db.ImportUploads.AnyAsync(u => u.FileName == "sneaky.log"))).ShouldBeFalse();
    }

    [Test]
    public async Task A_file_of_the_wrong_format_ends_refused_with_the_reason()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var response = await visitor.UploadCallsAsync("CEDAR", "contacts.json", "queue_log", "[{\"ContactId\":\"a\"}]");
        var html = await WaitForAsync(visitor, response.Headers.Location!.ToString(), "Refused");
        html.ShouldContain("nothing imported");
    }

    [Test]
    public async Task The_jobs_page_shows_the_import_job_and_its_runs_to_admins_only()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var upload = await auditor.UploadCallsAsync("BLUEBAY", "for-the-jobs-page.log", "queue_log", ImportFiles.QueueLog(callsPerMonth: 60, seed: 33));
        await WaitForAsync(auditor, upload.Headers.Location!.ToString(), "Done");
        (await auditor.GetAsync("/admin/jobs")).Headers.Location!.ToString().ShouldContain("/account/access-denied");

        using var admin = await Portal.Visit().SignedInAsync(Demo.Admin);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string html;
        do
        {
            html = await admin.Client.GetStringAsync("/admin/jobs");
            if (html.Contains("<th scope=\"row\">imports.import-upload</th>") && html.Contains("<th scope=\"row\">detection.detect-vendor-period</th>")) break;
            await Task.Delay(250);
        } while (DateTime.UtcNow < deadline);
        html.ShouldContain("imports.import-upload<span");
        html.ShouldContain("<th scope=\"row\">imports.import-upload</th>", customMessage: "a recent run of the import job");
        html.ShouldContain("<th scope=\"row\">detection.detect-vendor-period</th>", customMessage: "detection ran after the import");
    }

    [Test]
    public async Task An_admin_runs_the_nightly_detection_now_from_the_jobs_page()
    {
        using var admin = await Portal.Visit().SignedInAsync(Demo.Admin);
        var page = await admin.Client.GetStringAsync("/admin/jobs");
        page.ShouldContain("detection.nightly-detection");
        var response = await admin.PostFormAsync("/admin/jobs/run", new() { ["group"] = "detection", ["name"] = "nightly-detection" }, "/admin/jobs");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.Client.GetStringAsync("/admin/jobs")).ShouldContain("detection.nightly-detection was started.");
        var refused = await admin.PostFormAsync("/admin/jobs/run", new() { ["group"] = "imports", ["name"] = "import-upload" }, "/admin/jobs");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.Client.GetStringAsync("/admin/jobs")).ShouldContain("imports.import-upload cannot be run on demand.");
    }

    [Test]
    public async Task Procurement_cannot_upload()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Procurement);
        var response = await visitor.GetAsync("/imports/new");
        response.Headers.Location!.ToString().ShouldContain("/account/access-denied");
    }

    private static async Task<string> WaitForAsync(Visitor visitor, string page, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string html;
        do
        {
            html = await visitor.Client.GetStringAsync(page);
            if (html.Contains($"data-testid=\"upload-status\">{status}<")) return html;
            await Task.Delay(200);
        } while (DateTime.UtcNow < deadline);
        Assert.Fail($"{page} never reached {status}:\n{html}");
        return html;
    }

    [GeneratedRegex("href=\"(/imports/batches/\\d+)\"")]
    private static partial Regex BatchLink();
}
