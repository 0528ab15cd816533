using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Periods;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Security;

/// <summary>
/// Crawls every routed action of the portal as a vendor user with another vendor's ids. A new route
/// whose parameters the crawl does not know fails the suite until it is added here and protected.
/// </summary>
[TestFixture]
public sealed partial class VendorIsolationTests : PortalFixture
{
    /// <summary>Route parameters that name vendor-owned data, and how to find another vendor's values for them.</summary>
    private static readonly Dictionary<string, Func<OtherVendor, IEnumerable<string>>> VendorDataParameters = new()
    {
        ["vendorId"] = o => [o.VendorId.ToString()],
        ["agentId"] = o => o.AgentIds.Select(id => id.ToString()),
        ["callId"] = o => o.CallIds.Select(id => id.ToString()),
        ["batchId"] = o => o.BatchIds.Select(id => id.ToString()),
        ["uploadId"] = o => o.UploadIds.Select(id => id.ToString()),
        ["findingId"] = o => o.FindingIds.Select(id => id.ToString()),
        ["scorecardId"] = o => o.ScorecardIds.Select(id => id.ToString()),
        ["disputeId"] = o => o.DisputeIds.Select(id => id.ToString()),
        ["planId"] = o => o.PlanIds.Select(id => id.ToString()),
        ["sampleId"] = o => o.SampleIds.Select(id => id.ToString()),
        ["sessionId"] = o => o.SessionIds.Select(id => id.ToString()),
        ["reportId"] = o => o.ReportIds.Select(id => id.ToString()),
    };

    /// <summary>Route parameters that carry no vendor data (and the value the crawl uses).</summary>
    private static readonly Dictionary<string, string> NeutralParameters = new() { ["code"] = "404", ["version"] = "1" };

    private static readonly string[] Codes = ["NORTHWIND", "ATLAS", "BLUEBAY", "CEDAR", "DUNMORE"];

    [OneTimeSetUp]
    public async Task AddUploadsAndFindings()
    {
        // Every vendor gets an upload and a finding, so their pages are crawled with real ids too.
        await Portal.QueryAsync(async db =>
        {
            foreach (var vendorId in await db.Vendors.Select(v => v.Id).ToListAsync())
            {
                db.ImportUploads.Add(new ImportUpload(vendorId, "calls.csv", "csv", false, "/nowhere/calls.upload", "crawl", DateTimeOffset.UtcNow));
                var callIds = await db.Calls.Where(c => c.VendorId == vendorId).OrderBy(c => c.Id).Select(c => c.Id).Take(3).ToListAsync();
                db.Findings.Add(new Finding(vendorId, null, FindingKinds.SystemDrop, new Period(2026, 9),
                    new FindingStatistics(100, 0.1, 1e-6, 1e-5), new FindingEvidence { Summary = "crawl", CallIds = callIds }));
            }
            return await db.SaveChangesAsync();
        });
        // …and its audit work: a plan, a submitted scorecard under dispute, a draft, a calibration session.
        foreach (var code in Codes) await AuditWork.AddAsync(Portal, code);
        await AuditWork.ScoreAsync(Portal);
        await AuditWork.AddReportsAsync(Portal);
    }

    public sealed record OtherVendor(int VendorId, string Code, string Name, IReadOnlyList<int> AgentIds, IReadOnlyList<string> AgentNames,
        IReadOnlyList<long> CallIds, IReadOnlyList<long> BatchIds, IReadOnlyList<long> UploadIds, IReadOnlyList<long> FindingIds,
        IReadOnlyList<long> ScorecardIds, IReadOnlyList<long> DisputeIds, IReadOnlyList<long> PlanIds, IReadOnlyList<long> SampleIds, IReadOnlyList<long> SessionIds,
        IReadOnlyList<long> ReportIds);

    private static IEnumerable<TestCaseData> VendorPairs() =>
        from own in Codes from other in Codes where own != other select new TestCaseData(own, other).SetArgDisplayNames(own, other);

    [Test]
    public void Every_route_parameter_is_known_to_the_crawl()
    {
        var unknown = Routes().SelectMany(r => r.Parameters)
            .Where(p => !VendorDataParameters.ContainsKey(p) && !NeutralParameters.ContainsKey(p)).Distinct().ToList();
        unknown.ShouldBeEmpty("declare how to crawl these route parameters in VendorIsolationTests");
        Routes().Count(r => r.Parameters.Any(VendorDataParameters.ContainsKey)).ShouldBeGreaterThanOrEqualTo(4);
    }

    [TestCaseSource(nameof(VendorPairs))]
    public async Task A_vendor_user_cannot_reach_another_vendors_data_by_any_route_or_id(string own, string other)
    {
        var target = await OtherVendorAsync(other);
        using var visitor = await Portal.Visit().SignedInAsync(Demo.VendorUser(own));
        var reached = new List<string>();
        foreach (var route in Routes().Where(r => r.Parameters.Any(VendorDataParameters.ContainsKey)))
        foreach (var path in route.Paths(target))
        foreach (var method in route.Methods)
        {
            var response = method == "GET" ? await visitor.GetAsync(path) : await visitor.PostFormAsync(path, []);
            if (!IsRefusal(response)) reached.Add($"{method} {path} → {(int)response.StatusCode}");
        }
        reached.ShouldBeEmpty();
    }

    [TestCaseSource(nameof(Codes))]
    public async Task A_vendor_users_pages_never_show_another_vendor(string own)
    {
        var others = await Task.WhenAll(Codes.Where(c => c != own).Select(OtherVendorAsync));
        var mine = await OtherVendorAsync(own);
        using var visitor = await Portal.Visit().SignedInAsync(Demo.VendorUser(own));
        var pages = Routes().Where(r => r.Methods.Contains("GET") && !r.Parameters.Any(p => p != "vendorId" && VendorDataParameters.ContainsKey(p)))
            .SelectMany(r => r.Parameters.Contains("vendorId") ? r.Paths(mine).Take(1) : r.Paths(null))
            .Append("/calls?talk=UnderTenSeconds").ToList();
        pages.Count.ShouldBeGreaterThan(3);
        foreach (var page in pages)
        {
            var html = await (await visitor.GetAsync(page)).Content.ReadAsStringAsync();
            foreach (var other in others)
            {
                html.ShouldNotContain(other.Name, customMessage: $"{page} shows {other.Code}'s name");
                html.ShouldNotContain(other.Code, Case.Sensitive, $"{page} shows {other.Code}'s code");
                foreach (var agent in other.AgentNames.Except(mine.AgentNames).Where(n => n.Length > 5))
                    html.ShouldNotContain(WebUtility.HtmlEncode(agent), Case.Sensitive, $"{page} shows {other.Code}'s agent {agent}");
            }
        }
    }

    [Test]
    public async Task A_vendor_user_still_reaches_their_own_vendors_pages()
    {
        var mine = await OtherVendorAsync("ATLAS");
        using var visitor = await Portal.Visit().SignedInAsync(Demo.VendorUser("ATLAS"));
        (await visitor.GetAsync($"/vendors/{mine.VendorId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync($"/agents/{mine.AgentIds[0]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await visitor.GetAsync($"/calls/{mine.CallIds[0]}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/access-denied"));

    private async Task<OtherVendor> OtherVendorAsync(string code) => await Portal.QueryAsync(async db =>
    {
        var vendor = await db.Vendors.SingleAsync(v => v.Code == code);
        var agents = await db.Agents.Where(a => a.VendorId == vendor.Id).OrderBy(a => a.Id).ToListAsync();
        var calls = await db.Calls.Where(c => c.VendorId == vendor.Id).OrderBy(c => c.Id).Select(c => c.Id).Take(2).ToListAsync();
        var batches = await db.ImportBatches.Where(b => b.VendorId == vendor.Id).Select(b => b.Id).Take(2).ToListAsync();
        var uploads = await db.ImportUploads.Where(u => u.VendorId == vendor.Id).Select(u => u.Id).Take(2).ToListAsync();
        var findings = await db.Findings.Where(f => f.VendorId == vendor.Id).Select(f => f.Id).Take(2).ToListAsync();
        var scorecards = await db.Scorecards.Where(s => s.VendorId == vendor.Id).Select(s => s.Id).ToListAsync();
        var disputes = await db.Disputes.Where(d => d.VendorId == vendor.Id).Select(d => d.Id).ToListAsync();
        var plans = await db.SamplingPlans.Where(p => p.VendorId == vendor.Id).Select(p => p.Id).ToListAsync();
        var samples = await db.SampledCalls.Where(s => s.VendorId == vendor.Id).OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync();
        var sessions = await db.Scorecards.Where(s => s.VendorId == vendor.Id && s.CalibrationSessionId != null).Select(s => s.CalibrationSessionId!.Value).Distinct().ToListAsync();
        var reports = await db.Reports.Where(r => r.VendorId == vendor.Id).Select(r => r.Id).ToListAsync();
        batches.ShouldNotBeEmpty();
        reports.ShouldNotBeEmpty();
        uploads.ShouldNotBeEmpty();
        scorecards.Count.ShouldBeGreaterThanOrEqualTo(3);
        disputes.ShouldNotBeEmpty();
        sessions.ShouldNotBeEmpty();
        var scoredCalls = await db.Scorecards.Where(s => s.VendorId == vendor.Id).Select(s => s.CallId).ToListAsync();
        return new OtherVendor(vendor.Id, vendor.Code, vendor.Name, agents.Take(2).Select(a => a.Id).ToList(), agents.Select(a => a.Name).ToList(),
            calls.Concat(scoredCalls).Distinct().ToList(), batches, uploads, findings, scorecards, disputes, plans, samples, sessions, reports);
    });

    private IReadOnlyList<CrawledRoute> Routes() =>
        Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new CrawledRoute(e.RoutePattern.RawText ?? "", e.RoutePattern.Parameters.Select(p => p.Name).ToList(),
                e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET", "POST"]))
            .ToList();

    private sealed partial record CrawledRoute(string Template, IReadOnlyList<string> Parameters, IReadOnlyList<string> Methods)
    {
        public IEnumerable<string> Paths(OtherVendor? target)
        {
            IEnumerable<string> paths = ["/" + Template.TrimStart('/')];
            foreach (var parameter in Parameters)
            {
                var values = NeutralParameters.TryGetValue(parameter, out var neutral) ? [neutral]
                    : target is null ? [] : VendorDataParameters[parameter](target).ToList();
                paths = paths.SelectMany(p => values.Select(v => ParameterPattern(parameter).Replace(p, v)));
            }
            return paths;
        }

        private static Regex ParameterPattern(string name) => new("\\{" + Regex.Escape(name) + "(:[^}]*)?\\??\\}");
    }
}
