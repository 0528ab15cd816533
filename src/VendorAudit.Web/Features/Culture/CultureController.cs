using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace VendorAudit.Web.Features.Culture;

/// <summary>The language switcher: remembers the choice in the standard culture cookie.</summary>
[Route("culture")]
public sealed class CultureController : Controller
{
    [HttpPost(""), AllowAnonymous]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (PortalSetup.Cultures.Any(c => c.Name == culture))
        {
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
