using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Audits;

[TestFixture]
public sealed partial class CalibrationTests : PortalFixture
{
    [Test]
    public async Task Two_auditors_score_the_same_calls_blind_and_the_closed_session_reports_their_agreement()
    {
        using var first = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var second = await Portal.Visit().SignedInAsync(Demo.SecondAuditor);
        var vendorId = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "DUNMORE").Select(v => v.Id).SingleAsync());
        var created = await first.PostFormAsync("/calibration", new()
        {
            ["Name"] = "October calibration", ["VendorId"] = vendorId.ToString(), ["Period"] = "2026-10", ["Calls"] = "3",
            ["Auditors"] = Demo.Auditor,
        }, "/calibration");
        created.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity); // one auditor is not a calibration
        var content = new FormUrlEncodedContent([
            new("Name", "October calibration"), new("VendorId", vendorId.ToString()), new("Period", "2026-10"), new("Calls", "3"),
            new("Auditors", Demo.Auditor), new("Auditors", Demo.SecondAuditor), new("__RequestVerificationToken", await first.TokenFromAsync("/calibration"))]);
        created = await first.Client.PostAsync("/calibration", content);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sessionId = long.Parse(SessionPath().Match(created.Headers.Location!.ToString()).Groups[1].Value);
        var callIds = await Portal.QueryAsync(db => db.CalibrationSessions.Where(c => c.Id == sessionId).Select(c => c.CallIds).SingleAsync());
        callIds.Count.ShouldBe(3);

        var firstCards = new List<long>();
        foreach (var (visitor, severity) in new[] { (first, "4"), (second, "1") })
        foreach (var callId in callIds)
        {
            var opened = await visitor.PostFormAsync($"/calibration/{sessionId}/calls/{callId}/score", [], $"/calibration/{sessionId}");
            var scorecardId = long.Parse(ScorecardPath().Match(opened.Headers.Location!.ToString()).Groups[1].Value);
            var version = await AuditDesk.VersionOnPageAsync(visitor, scorecardId);
            (await AuditDesk.PostScorecardAsync(visitor, scorecardId, AuditDesk.Answers(version, "submit", new() { ["lang-understood"] = severity })))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
            if (visitor == first) firstCards.Add(scorecardId);
        }
        // Blind: while the session is open, the second auditor cannot open the first one's scorecards.
        (await second.GetAsync($"/scorecards/{firstCards[0]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await second.GetAsync($"/calibration/{sessionId}/report")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await first.PostFormAsync($"/calibration/{sessionId}/close", [], $"/calibration/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var report = WebUtility.HtmlDecode(await second.Client.GetStringAsync($"/calibration/{sessionId}/report"));

        report.ShouldContain("6 submitted scorecards on 3 calls by 2 auditors.");
        report.ShouldContain("data-testid=\"alpha\"");
        report.ShouldContain(Demo.Auditor);
        (await second.GetAsync($"/scorecards/{firstCards[0]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Calibration grades auditors, not vendors: the vendor never sees these scorecards.
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("DUNMORE"));
        (await vendor.GetAsync($"/scorecards/{firstCards[0]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Portal.QueryAsync(db => db.Scorecards.CountAsync(s => s.CalibrationSessionId == sessionId && s.SampleKind == SampleKind.Calibration))).ShouldBe(6);
    }

    [GeneratedRegex(@"/calibration/(\d+)")]
    private static partial Regex SessionPath();

    [GeneratedRegex(@"/scorecards/(\d+)")]
    private static partial Regex ScorecardPath();
}
