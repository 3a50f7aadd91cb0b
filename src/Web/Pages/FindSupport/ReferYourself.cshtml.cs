using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.RateLimiting;
using SocialPrescribing.Web.Security;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.FindSupport;

/// <summary>
/// "Refer yourself": a short form, no sign-in. It goes to the referrals service server to server (antiforgery, a hidden
/// honeypot field and a per-visitor limit first), lands on the caseload of the team covering the person's postcode
/// awaiting a link worker's safeguarding triage, and the person is told what happens next.
/// </summary>
public sealed class ReferYourselfModel(
    SelfReferralsClient referrals,
    [FromKeyedServices(PublicServices.Search)] DirectorySearchClient directory,
    [FromKeyedServices(PublicServices.SelfReferral)] FixedWindowLimits limits,
    TimeProvider time) : PageModel
{
    public const string ReferenceKey = "SelfReferralReference";
    public const string ContactWithinKey = "SelfReferralContactWithin";

    private static readonly Dictionary<string, string> ServiceFieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["contact"] = nameof(SelfReferralInput.PreferredContact),
        ["preferred"] = nameof(SelfReferralInput.PreferredContact),
        ["mobile"] = nameof(SelfReferralInput.Phone),
        ["reason"] = nameof(SelfReferralInput.WhatMatters),
        ["needTermIds"] = nameof(SelfReferralInput.Need),
    };

    [BindProperty]
    public SelfReferralInput Input { get; set; } = new();

    public IReadOnlyList<Choice> NeedChoices { get; private set; } = [];
    public string? Unavailable { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadNeedsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.IsFromABot)
        {
            // Answered as if sent, so a bot learns nothing; nothing reaches a caseload.
            return Redirect("/refer-yourself/sent");
        }
        foreach (var (field, message) in Input.Problems(UkCalendar.Today(time)))
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }
        if (ModelState.IsValid && limits.TryAcquire(HttpContext, ModelState, "referrals"))
        {
            try
            {
                var receipt = await referrals.ReferAsync(Input.ToRequest(), cancellationToken);
                TempData[ReferenceKey] = receipt.Reference;
                TempData[ContactWithinKey] = receipt.ContactWithinWorkingDays;
                return Redirect("/refer-yourself/sent");
            }
            catch (ServiceValidationException e)
            {
                ModelState.AddServiceErrors<SelfReferralInput>(e.Errors, nameof(Input), ServiceFieldNames);
            }
            catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
            {
                Unavailable = "Sorry, we could not send your referral because of a problem with the service. What you entered is still below: try again in a few minutes.";
            }
        }
        await LoadNeedsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadNeedsAsync(CancellationToken cancellationToken)
    {
        try
        {
            NeedChoices = await directory.NeedChoicesAsync(cancellationToken);
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            // The question is optional: the form works without it.
            NeedChoices = [];
        }
    }
}
