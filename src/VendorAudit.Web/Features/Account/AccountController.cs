using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using VendorAudit.Web.Security;
using Microsoft.Extensions.Localization;
using VendorAudit.Infrastructure.Identity;

namespace VendorAudit.Web.Features.Account;

/// <summary>Sign-in and sign-out; the only pages open to anonymous users.</summary>
[Route("account"), Authorize(Policy = Policies.AnyRole)]
public sealed class AccountController(SignInManager<AppUser> signIn, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet("login"), AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("login"), AllowAnonymous, EnableRateLimiting(LoginRateLimit.Policy)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        if (!ModelState.IsValid) return View(form);
        // Five failures lock the account for a while (IdentityOptions.Lockout), whatever the password.
        var result = await signIn.PasswordSignInAsync(form.Email.Trim(), form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
            return Url.IsLocalUrl(form.ReturnUrl) ? LocalRedirect(form.ReturnUrl) : RedirectToAction("Index", "Home");
        ModelState.AddModelError("", text[result.IsLockedOut ? LoginForm.LockedOutMessage : LoginForm.FailedMessage]);
        return View(form);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("access-denied"), AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
