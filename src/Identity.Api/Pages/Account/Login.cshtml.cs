using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Identity.Infrastructure.SignInLimits;
using SocialPrescribing.RateLimiting;

namespace SocialPrescribing.Identity.Pages.Account;

/// <summary>
/// Staff password sign-in. Every refusal — unknown user, wrong password, locked account —
/// shows the same message, so the page never tells whether an account exists or is locked.
/// </summary>
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    SignInRateLimiter limiter,
    AuditLog audit) : PageModel
{
    public const string GenericError =
        "The user name or password is not right, or the account is locked for a while. Check them and try again, or ask your administrator.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>The fields' ids, which the error summary links to.</summary>
    public const string UserNameField = "Input_UserName";
    public const string PasswordField = "Input_Password";

    /// <summary>
    /// Every error in one pass, in the page's order (NHS error summary): each field's, then a refusal, which is
    /// shown at the user name because the page must not say which of the two was wrong.
    /// </summary>
    public IReadOnlyList<(string Field, string Message)> Errors()
    {
        var errors = new List<(string, string)>();
        foreach (var (field, key) in new[] { (UserNameField, $"{nameof(Input)}.{nameof(LoginInput.UserName)}"), (PasswordField, $"{nameof(Input)}.{nameof(LoginInput.Password)}") })
        {
            if (ModelState.TryGetValue(key, out var entry))
            {
                errors.AddRange(entry.Errors.Select(e => (field, e.ErrorMessage)));
            }
        }
        if (Error is not null)
        {
            errors.Add((UserNameField, Error));
        }
        return errors;
    }

    public void OnGet()
    {
    }

    /// <summary>Said when the client IP or the user name has had too many tries this minute.</summary>
    public static string TooManyAttempts(TimeSpan wait) => wait <= TimeSpan.FromMinutes(1)
        ? "You have tried to sign in too many times. Wait 1 minute, then try again."
        : $"You have tried to sign in too many times. Wait {Math.Ceiling(wait.TotalMinutes)} minutes, then try again.";

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var account = string.IsNullOrWhiteSpace(Input.UserName) ? null : "user:" + users.NormalizeName(Input.UserName.Trim());
        if (limiter.TryAcquire(HttpContext.Connection.RemoteIpAddress, account) is { } wait)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ClientRateLimit.RetryAfterSeconds(wait);
            Error = TooManyAttempts(wait);
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByNameAsync(Input.UserName);
        if (user is null)
        {
            // Spend the time a password check takes, so response time does not reveal the account.
            users.PasswordHasher.HashPassword(new ApplicationUser { DisplayName = "" }, Input.Password);
            await audit.RecordAsync(AuditEventType.SignInFailed, detail: "unknown_account", cancellationToken: cancellationToken);
            return Refused();
        }

        var wasLockedOut = await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditEventType.SignInSucceeded, subjectId: user.Id, detail: "password", cancellationToken: cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        var (type, detail) = result switch
        {
            { IsLockedOut: true } when wasLockedOut => (AuditEventType.SignInFailed, "locked_out"),
            { IsLockedOut: true } => (AuditEventType.LockedOut, "too_many_failures"),
            { IsNotAllowed: true } => (AuditEventType.SignInFailed, "not_allowed"),
            _ => (AuditEventType.SignInFailed, "wrong_password"),
        };
        await audit.RecordAsync(type, subjectId: user.Id, detail: detail, cancellationToken: cancellationToken);
        return Refused();
    }

    private PageResult Refused()
    {
        Error = GenericError;
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your user name")]
        [Display(Name = "User name")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [Display(Name = "Password")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
