using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Sampling;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Audits;

[TestFixture]
public sealed partial class WorkQueuePagingTests : PortalFixture
{
    [Test]
    public async Task The_next_page_of_the_queue_starts_right_after_the_last_call_of_the_page_before()
    {
        await AuditDesk.DrawPlanAsync(Portal, "BLUEBAY");
        var vendorId = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "BLUEBAY").Select(v => v.Id).SingleAsync());
        var queue = await Portal.QueryAsync(db => db.SampledCalls.Where(s => s.VendorId == vendorId && s.State == SampledCallState.Open)
            .OrderBy(s => s.DueDate).ThenBy(s => s.Id).Select(s => s.Id).Take(100).ToListAsync());
        queue.Count.ShouldBeGreaterThan(50, "the plan must fill more than one page");
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);

        var first = await auditor.Client.GetStringAsync($"/audits?vendor={vendorId}");
        var next = NextPage().Match(first);
        next.Success.ShouldBeTrue("a full page links to the next one");
        var second = await auditor.Client.GetStringAsync(WebUtility.HtmlDecode(next.Groups[1].Value));

        Samples(first).ShouldBe(queue.Take(50));
        Samples(second).ShouldBe(queue.Skip(50).Take(50));
    }

    private static List<long> Samples(string html) => SampleRow().Matches(html).Select(m => long.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex("<tr data-sample=\"(\\d+)\"")]
    private static partial Regex SampleRow();

    [GeneratedRegex("class=\"pager\"><a href=\"([^\"]+)\"")]
    private static partial Regex NextPage();
}
