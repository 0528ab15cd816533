using System.Net;
using System.Text.RegularExpressions;

namespace VendorAudit.Web.Tests.Harness;

/// <summary>A browser-like HTTP client: signs in, reads antiforgery tokens from forms, posts forms.</summary>
public sealed partial class Visitor(HttpClient client) : IDisposable
{
    public const string DemoPassword = "Demo-2026!";

    public HttpClient Client { get; } = client;

    public async Task<HttpResponseMessage> SignInAsync(string email, string password = DemoPassword)
    {
        var token = await TokenFromAsync("/account/login");
        return await Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
    }

    public async Task<Visitor> SignedInAsync(string email)
    {
        var response = await SignInAsync(email);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        return this;
    }

    public async Task<string> TokenFromAsync(string path)
    {
        var html = await Client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    /// <summary>Posts a form with the antiforgery token taken from <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        fields["__RequestVerificationToken"] = await TokenFromAsync(formPage ?? "/");
        return await Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path);

    /// <summary>Sends a call file through the portal's upload form, as an uploader would.</summary>
    public async Task<HttpResponseMessage> UploadCallsAsync(string vendorCode, string fileName, string format, string content)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenFromAsync("/imports/new")), "__RequestVerificationToken" },
            { new StringContent(vendorCode), "VendorCode" },
            { new StringContent(format), "Format" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        form.Add(file, "File", fileName);
        return await Client.PostAsync("/imports/new", form);
    }

    /// <summary>A TCP port free on loopback now, for a server a test starts.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
