using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker;

/// <summary>
/// The directory's activities for a person: free text, needs, distance from a postcode, day, free
/// only and language. Opened from a referral, it starts from the person's postcode and needs, and
/// each result offers to request a connection for them.
/// </summary>
public sealed class SearchModel(DirectorySearchClient directory, ReferralsClient referrals) : PageModel
{
    private static readonly Dictionary<string, string> ServiceFieldNames = new(StringComparer.OrdinalIgnoreCase) { ["q"] = nameof(SearchInput.Q) };

    public static readonly IReadOnlyList<Choice> Distances = [.. new[] { 1, 2, 5, 10, 20, 50 }.Select(km => new Choice($"{km}", $"Within {km} km"))];

    public static readonly IReadOnlyList<Choice> Days = [.. new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }.Select(d => new Choice(d, d))];

    [BindProperty(SupportsGet = true)]
    public SearchInput Input { get; set; } = new();

    public PersonSummary? Person { get; private set; }
    public IReadOnlyList<Choice> NeedChoices { get; private set; } = [];
    public ActivitySearchResponse? Results { get; private set; }
    public string? Unavailable { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Input.Referral is { } referralId)
        {
            await StartFromReferralAsync(referralId, cancellationToken);
        }
        try
        {
            NeedChoices = [.. (await directory.TaxonomyTermsAsync(cancellationToken)).Where(t => t.Taxonomy == "Needs").OrderBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), t.Name))];
            if (!Input.IsEmpty && ModelState.IsValid)
            {
                Results = await directory.SearchAsync(new ActivitySearch(
                    Input.Q, Input.Needs, Input.Postcode, Input.Within, Input.Day, Input.Free, null, Input.Language, Math.Max(1, Input.PageNumber)), cancellationToken);
            }
        }
        catch (ServiceValidationException e)
        {
            ModelState.AddServiceErrors<SearchInput>(e.Errors, nameof(Input), ServiceFieldNames);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = "The directory is not answering, so the search cannot be made right now. Your filters are kept: try again in a few minutes.";
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = "The directory did not accept your sign-in. Sign out and sign in again.";
        }
    }

    public string ConnectPath(ActivitySearchResult activity) =>
        $"/link-worker/referrals/{Input.Referral}/connect?kind={TargetKinds.Activity}&target={activity.Id}&name={Uri.EscapeDataString(activity.Name)}" +
        $"&provider={activity.OrganisationId}&providerName={Uri.EscapeDataString(activity.OrganisationName)}";

    public string PagePath(int page) => Request.WithPageNumber(page);

    /// <summary>The first search for a referral starts from the person's postcode and needs (only when nothing was chosen yet).</summary>
    private async Task StartFromReferralAsync(Guid referralId, CancellationToken cancellationToken)
    {
        try
        {
            var view = await referrals.ReferralAsync(referralId, cancellationToken);
            Person = view.Person;
            if (Input.IsEmpty)
            {
                Input.Postcode = Person.Postcode;
                Input.Within = 10;
                Input.Needs = [.. view.Referral.NeedTermIds];
            }
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            // The search still works; only the "request a connection for" links need the referral.
            Input.Referral = null;
        }
    }
}
