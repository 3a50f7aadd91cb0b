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

    public ReferralView? Case { get; private set; }
    public PersonSummary? Person { get; private set; }

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
            Case = await referrals.ReferralAsync(Id, cancellationToken);
            Person = await referrals.PersonAsync(Case.Referral.PersonId, cancellationToken);
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
