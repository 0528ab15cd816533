using System.ComponentModel.DataAnnotations;

namespace VendorAudit.Web.Features.Account;

public sealed class LoginForm
{
    public const string FailedMessage = "Email or password is wrong.";
    public const string LockedOutMessage = "This account is locked after too many failed sign-ins. Try again in 15 minutes.";

    [Required(ErrorMessage = "Enter your email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Keep me signed in")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
