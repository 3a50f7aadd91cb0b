using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Account;

/// <summary>Volunteers sign in with a code sent to them: first their email or mobile number, then the code.</summary>
public sealed class VolunteerSignInModel(OneTimeCodeSignIn oneTimeCodes, IAuthenticationSchemeProvider schemes) : PageModel
{
    [BindProperty]
    public VolunteerSignInInput Input { get; set; } = new();

    /// <summary>True once a code has been asked for: the page then asks for the code.</summary>
    [BindProperty]
    public bool CodeSent { get; set; }

    public bool Available { get; private set; } = true;
    public string? Unavailable { get; private set; }

    public async Task OnGetAsync() => Available = await IsAvailableAsync();

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove($"{nameof(Input)}.{nameof(Input.Code)}");
        if (!(Available = await IsAvailableAsync()) || !ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            switch (await oneTimeCodes.SendCodeAsync(Input.Identifier!.Trim(), cancellationToken))
            {
                case CodeRequestOutcome.Sent:
                    CodeSent = true;
                    break;
                case CodeRequestOutcome.TooMany:
                    ModelState.AddModelError(IdentifierKey, "You have asked for too many codes. Wait 15 minutes and try again");
                    break;
                default:
                    ModelState.AddModelError(IdentifierKey, "Enter an email address or mobile number, like name@example.com or 07700 900 982");
                    break;
            }
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "No code was sent because the sign-in service is not answering. Try again in a few minutes.";
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCodeAsync(CancellationToken cancellationToken)
    {
        CodeSent = true;
        if (!(Available = await IsAvailableAsync()))
        {
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError(CodeKey, "Enter the code we sent you");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            if (await oneTimeCodes.SignInAsync(HttpContext, Input.Identifier!.Trim(), Input.Code!.Trim(), cancellationToken))
            {
                return LocalRedirect("/volunteer/log-hours");
            }
            ModelState.AddModelError(CodeKey, "The code is not right, has expired or has been used. Check it, or ask for a new code");
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            Unavailable = "You could not be signed in because the sign-in service is not answering. Try again in a few minutes.";
        }
        return Page();
    }

    private static string IdentifierKey => $"{nameof(Input)}.{nameof(VolunteerSignInInput.Identifier)}";
    private static string CodeKey => $"{nameof(Input)}.{nameof(VolunteerSignInInput.Code)}";

    private async Task<bool> IsAvailableAsync() => await schemes.GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme) is not null;
}
