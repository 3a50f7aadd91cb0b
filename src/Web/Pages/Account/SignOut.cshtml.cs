using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;

namespace SocialPrescribing.Web.Pages.Account;

/// <summary>Ends the session here and at the provider (POST only, so a link elsewhere cannot sign someone out).</summary>
public sealed class SignOutModel(IAuthenticationSchemeProvider schemes) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        var properties = new AuthenticationProperties { RedirectUri = "/" };
        // A volunteer's code sign-in made no session at the provider: ending ours is enough.
        var signedInAtProvider = User.Identity?.AuthenticationType != OneTimeCodeSignIn.AuthenticationType;
        return !signedInAtProvider || await schemes.GetSchemeAsync(OpenIdConnectDefaults.AuthenticationScheme) is null
            ? SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme)
            : SignOut(properties, CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme);
    }
}
