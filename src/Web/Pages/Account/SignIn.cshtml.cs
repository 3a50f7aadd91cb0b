using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SocialPrescribing.Web.Pages.Account;

/// <summary>Sends the person to the OpenID Connect provider, and back to where they were going.</summary>
public sealed class SignInModel(IAuthenticationSchemeProvider schemes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await schemes.GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme) is null)
        {
            return Page();
        }
        var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/";
        return Challenge(new AuthenticationProperties { RedirectUri = target }, OpenIdConnectDefaults.AuthenticationScheme);
    }
}
