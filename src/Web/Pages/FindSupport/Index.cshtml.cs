using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.RateLimiting;
using SocialPrescribing.Web.Pages.LinkWorker;
using SocialPrescribing.Web.Security;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.FindSupport;

/// <summary>
/// The public directory: anyone, with no sign-in, finds published activities by postcode, what they would like help
/// with and day, a page at a time, through the same directory search link workers use (with the web's own token).
/// </summary>
public sealed class IndexModel(
    [FromKeyedServices(PublicServices.Search)] DirectorySearchClient directory,
    [FromKeyedServices(PublicServices.Search)] FixedWindowLimits limits) : PageModel
{
    public const int PerPage = 10;

    [BindProperty(SupportsGet = true)]
    public FindSupportInput Input { get; set; } = new();

    public IReadOnlyList<Choice> NeedChoices { get; private set; } = [];
    public ActivitySearchResponse? Results { get; private set; }
    public string? Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!limits.TryAcquire(HttpContext, ModelState, "searches"))
        {
            return;
        }
        try
        {
            NeedChoices = await directory.NeedChoicesAsync(cancellationToken);
            if (!Input.IsEmpty)
            {
                Results = await directory.SearchAsync(new ActivitySearch(
                    Needs: Input.Need is { Length: > 0 } need ? [need] : null, Postcode: Input.Postcode, Day: Input.Day, Page: Math.Max(1, Input.PageNumber)),
                    cancellationToken, PerPage);
            }
        }
        catch (ServiceValidationException e)
        {
            ModelState.AddServiceErrors<FindSupportInput>(e.Errors, nameof(Input), new Dictionary<string, string> { ["needs"] = nameof(FindSupportInput.Need) });
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            Unavailable = "Sorry, we cannot search for support right now. Try again in a few minutes.";
        }
    }

    public static IReadOnlyList<Choice> Days => SearchModel.Days;

    public string PagePath(int page) => Request.WithPageNumber(page);
}
