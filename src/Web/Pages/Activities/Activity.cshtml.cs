using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Activities;

/// <summary>A published activity as anyone may see it (the directory is public): what, who runs it, when, where, cost and contact.</summary>
public sealed class ActivityModel(DirectoryClient directory) : PageModel
{
    public OrukService? Activity { get; private set; }
    public bool Unavailable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Activity = await directory.ActivityAsync(id, cancellationToken);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = true;
            return Page();
        }
        return Activity is null ? NotFound() : Page();
    }
}
