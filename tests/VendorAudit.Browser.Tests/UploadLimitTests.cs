using System.Net;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Browser.Tests;

/// <summary>
/// Upload limits as a real Kestrel server enforces them (the in-process test server cannot): a transcript over
/// the file limit is refused with a message, a request over the endpoint's body limit with 413, and neither stores anything.
/// </summary>
[TestFixture]
public sealed class UploadLimitTests : BrowserFixture
{
    [Test]
    public async Task Oversized_transcripts_are_refused_by_the_page_and_by_the_server_and_nothing_is_stored()
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
            { BaseAddress = new Uri(Portal.BaseUrl) };
        using var auditor = await new Visitor(client).SignedInAsync(Demo.Auditor);
        var callId = await Portal.QueryAsync(db => db.Calls.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        var overFileLimit = await PostTranscriptAsync(auditor, callId, 1536 * 1024);
        overFileLimit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync($"/calls/{callId}")).ShouldContain("The file is larger than 1024 KB.");

        var overRequestLimit = await PostTranscriptAsync(auditor, callId, 3 * 1024 * 1024);
        overRequestLimit.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await overRequestLimit.Content.ReadAsStringAsync()).ShouldContain("larger than this page accepts");

        (await Portal.QueryAsync(db => db.CallTranscripts.CountAsync(t => t.CallId == callId))).ShouldBe(0);
    }

    private static async Task<HttpResponseMessage> PostTranscriptAsync(Visitor visitor, long callId, int bytes)
    {
        var token = await visitor.TokenFromAsync($"/calls/{callId}");
        var padding = new string(' ', bytes);
        using var file = new StringContent($"{{\"turns\":[{{\"speaker\":\"agent\",\"at\":0,\"text\":\"hello\"}}]{padding}}}");
        using var form = new MultipartFormDataContent { { file, "file", "transcript.json" }, { new StringContent(token), "__RequestVerificationToken" } };
        return await visitor.Client.PostAsync($"/calls/{callId}/transcript", form);
    }
}
