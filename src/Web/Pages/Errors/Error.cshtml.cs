using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SocialPrescribing.Web.Pages.Errors;

/// <summary>
/// The page a person sees instead of an error: "Page not found" for an unknown address or record, the NHS service
/// manual's "Sorry, there is a problem with the service" for anything else. It keeps the status code it is shown for.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public bool PageNotFound { get; private set; }

    public void OnGet(int? code) => Show(code);

    // A failed form post is re-executed as a POST: it gets the same page.
    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        // Re-executed for a status code, the code is in the address; for an exception, on the response already.
        var status = code ?? Response.StatusCode;
        if (status < 400)
        {
            // Asked for directly, there is no error to show.
            status = StatusCodes.Status404NotFound;
            Response.StatusCode = status;
        }
        PageNotFound = status == StatusCodes.Status404NotFound;
    }
}
