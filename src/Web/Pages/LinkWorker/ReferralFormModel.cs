using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Pages;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>
/// A form about one referral (its route holds <c>{id}</c>): shows whose referral it is, sends what
/// was typed, and on a refusal or a service that is down shows the form again with everything kept.
/// </summary>
public abstract class ReferralFormModel<TInput>(ReferralsClient referrals) : PageModel where TInput : class, new()
{
    public const string NothingSaved =
        "Nothing was saved because the referrals service is not answering. What you entered is still below: try again in a few minutes.";
    public const string SignInAgain = "The referrals service did not accept your sign-in. Sign out and sign in again.";

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>
    /// The version (ETag) of what the form changes, as the page showed it: sent back in If-Match, so a change
    /// someone made since is not overwritten unseen. Kept in the form, so a page shown again keeps it too.
    /// </summary>
    [BindProperty]
    public string? Version { get; set; }

    public ReferralView? Case { get; private set; }
    public PersonSummary? Person => Case?.Person;

    /// <summary>Set when a service behind the page did not answer: said plainly above the form.</summary>
    public string? Unavailable { get; protected set; }

    public string CasePath => $"/link-worker/referrals/{Id}";

    /// <summary>The service's field names that differ from the form's (see <see cref="ServiceErrorsExtensions"/>).</summary>
    protected virtual IReadOnlyDictionary<string, string>? ServiceFieldNames => null;

    protected ReferralsClient Referrals => referrals;

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) =>
        new BackLink(CasePath, "Back to the referral").Show(ViewData);

    protected async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var read = await referrals.VersionedReferralAsync(Id, cancellationToken);
            Case = read.Value;
            Version ??= VersionOf(read);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable ??= "The referrals service is not answering, so this referral cannot be shown in full and changes may not be saved. What you enter is kept.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable ??= SignInAgain;
        }
    }

    /// <summary>The version the form's change is checked against: the referral's, unless the form changes a part with its own.</summary>
    protected virtual string? VersionOf(Versioned<ReferralView> read) => read.ETag;

    /// <summary>Sends the form; back to the referral's page when saved, otherwise this page with the errors and what was typed.</summary>
    protected async Task<IActionResult> SubmitAsync(Func<Task> send, string saved, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await send();
                TempData["Saved"] = saved;
                return Redirect(CasePath);
            }
            catch (StaleEditException)
            {
                // Shown again with what is recorded now and the new version, so sending it again is a decision made on what is there.
                ModelState.Remove(nameof(Version));
                Version = null;
                Unavailable = "Someone else changed this referral since you opened this page, so nothing was saved. " +
                    "It is shown below as it is now and what you entered is kept: check it and send it again.";
            }
            catch (ServiceValidationException e)
            {
                ModelState.AddServiceErrors<TInput>(e.Errors, nameof(Input), ServiceFieldNames);
            }
            catch (ServiceUnavailableException)
            {
                Unavailable = NothingSaved;
            }
            catch (ServiceAccessDeniedException)
            {
                Unavailable = SignInAgain;
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }
}
