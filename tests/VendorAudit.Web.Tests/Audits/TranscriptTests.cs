using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Audits;

[TestFixture]
public sealed class TranscriptTests : PortalFixture
{
    [Test]
    public async Task An_auditor_attaches_a_transcript_and_the_scorecard_page_shows_it()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var planId = await AuditDesk.DrawPlanAsync(Portal, "ATLAS");
        var scorecardId = await AuditDesk.StartScoringAsync(Portal, auditor, planId);
        var callId = await Portal.QueryAsync(db => db.Scorecards.Where(s => s.Id == scorecardId).Select(s => s.CallId).SingleAsync());

        var response = await UploadAsync(auditor, callId, """{"turns":[{"speaker":"customer","at":14,"text":"I lost my house in the flood."},{"speaker":"agent","at":3,"text":"Northwind, good morning."}]}""");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await auditor.Client.GetStringAsync($"/scorecards/{scorecardId}"));
        page.IndexOf("Northwind, good morning.", StringComparison.Ordinal).ShouldBeLessThan(page.IndexOf("I lost my house", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_malformed_transcript_is_refused_with_the_turn_and_field_named_and_nothing_stored()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var callId = await Portal.QueryAsync(db => db.Calls.Where(c => c.AgentId != null).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        var response = await UploadAsync(auditor, callId, """[{"speaker":"agent","at":0,"text":"Hello"},{"speaker":"robot","at":-2,"text":""}]""");

        var page = WebUtility.HtmlDecode(await auditor.Client.GetStringAsync(response.Headers.Location!.ToString()));
        page.ShouldContain("turns[1].speaker: expected agent, customer or system.");
        page.ShouldContain("turns[1].at: expected whole seconds");
        (await Portal.QueryAsync(db => db.CallTranscripts.AnyAsync(t => t.CallId == callId))).ShouldBeFalse();
    }

    [Test]
    public async Task A_vendor_user_cannot_attach_a_transcript_to_another_vendors_call()
    {
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("ATLAS"));
        var callId = await Portal.QueryAsync(db => db.Calls.Where(c => db.Vendors.Any(v => v.Id == c.VendorId && v.Code == "CEDAR")).Select(c => c.Id).FirstAsync());

        var response = await UploadAsync(vendor, callId, """[{"speaker":"agent","at":0,"text":"Hello"}]""", tokenFrom: "/");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> UploadAsync(Visitor visitor, long callId, string json, string? tokenFrom = null)
    {
        var token = await visitor.TokenFromAsync(tokenFrom ?? $"/calls/{callId}");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var form = new MultipartFormDataContent { { file, "file", "transcript.json" }, { new StringContent(token), "__RequestVerificationToken" } };
        return await visitor.Client.PostAsync($"/calls/{callId}/transcript", form);
    }
}
