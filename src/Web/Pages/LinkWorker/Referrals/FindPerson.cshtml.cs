using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Authentication;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>
/// The step before a new referral: is the person already known to the team? Found, they are referred again
/// (nothing typed twice, one record); not found, the link worker goes on to the new referral form.
/// Only the team's own people can be found (the referrals service checks the team).
/// </summary>
public sealed class FindPersonModel(ReferralsClient referrals) : PageModel
{
    public const int MaxQueryLength = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    public IReadOnlyList<PersonMatch>? Found { get; private set; }
    public string? Unavailable { get; private set; }

    /// <summary>Set when the search was sent empty or too long: shown in the error summary and at the field.</summary>
    public string? QueryError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // An empty box arrives as null: whether the form was sent at all is in the query string.
        if (!Request.Query.ContainsKey("q"))
        {
            return;
        }
        Q = Q?.Trim() ?? "";
        QueryError = Q.Length == 0 ? "Enter a name or NHS number"
            : Q.Length > MaxQueryLength ? $"Enter {MaxQueryLength} characters or fewer"
            : null;
        if (QueryError is not null)
        {
            return;
        }
        if (User.TeamId() is not { } team)
        {
            Unavailable = "Your account is not in a link-worker team, so there is no one to look up. Ask your administrator.";
            return;
        }
        try
        {
            Found = await referrals.FindPeopleAsync(team, Q, cancellationToken);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "The look-up cannot be done right now because the referrals service is not answering. You can still make a new referral, or try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = ReferralFormModel<NewReferralInput>.SignInAgain;
        }
    }
}
