using System.Net;
using System.Text.RegularExpressions;

namespace VendorAudit.Benchmarks.Portal;

/// <summary>A signed-in user's browser, reduced to what the figures need: its cookies, its forms' tokens, its requests.</summary>
public sealed partial class PortalSession : IDisposable
{
    private readonly CookieContainer cookies = new();

    private PortalSession(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        Client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The Cookie header this browser sends (session and antiforgery cookies), for another client to send the same.</summary>
    public string CookieHeader => cookies.GetCookieHeader(BaseAddress);

    /// <summary>Signs in through the login form, as a person would; a refusal is a broken bench, not a figure.</summary>
    public static async Task<PortalSession> SignInAsync(Uri baseAddress, string email, string password)
    {
        var session = new PortalSession(baseAddress);
        var token = await session.TokenFromAsync("/account/login");
        var response = await session.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || !session.CookieHeader.Contains("vendoraudit.auth", StringComparison.Ordinal))
            throw new BenchException($"Signing in as {email} failed ({(int)response.StatusCode}); the bench database lacks the demo users?");
        return session;
    }

    public async Task<string> TokenFromAsync(string path) => Token(await PageAsync(path), path);

    /// <summary>A page that must answer 200, or the figure would measure an error page.</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK) throw new BenchException($"GET {path} answered {(int)response.StatusCode}, not 200.");
        return await response.Content.ReadAsStringAsync();
    }

    public static string Token(string html, string path)
    {
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new BenchException($"No antiforgery token on {path}.");
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
