using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

/// <summary>
/// A new referral: registers the person on the team's caseload, then records the referral. The
/// service's field errors land on the form's fields; when it is down, everything typed stays.
/// </summary>
public sealed class NewModel(ReferralsClient referrals, TimeProvider time) : PageModel
{
    /// <summary>The service's names for the form's fields where they differ.</summary>
    private static readonly Dictionary<string, string> ServiceFieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["contact"] = nameof(NewReferralInput.PreferredContact),
        ["preferred"] = nameof(NewReferralInput.PreferredContact),
        ["referrer.name"] = nameof(NewReferralInput.ReferrerName),
    };

    public static readonly IReadOnlyList<Choice> CarerChoices =
    [
        new("IsCarer", "The person is a carer", "They look after someone who could not manage without them."),
        new("IsCaredFor", "The person has a carer"),
    ];

    public static readonly IReadOnlyList<Choice> YesNoPreferNot = [new("yes", "Yes"), new("no", "No"), new("prefer-not-to-say", "Prefer not to say")];
    public static readonly IReadOnlyList<Choice> Sexes = [new("female", "Female"), new("male", "Male"), new("prefer-not-to-say", "Prefer not to say")];

    /// <summary>The ONS 2021 Census groups, as the referrals service names them.</summary>
    public static readonly IReadOnlyList<(string Group, IReadOnlyList<Choice> Choices)> Ethnicities =
    [
        ("Asian or Asian British", [new("asian-bangladeshi", "Bangladeshi"), new("asian-chinese", "Chinese"), new("asian-indian", "Indian"), new("asian-pakistani", "Pakistani"), new("asian-other", "Any other Asian background")]),
        ("Black, Black British, Caribbean or African", [new("black-african", "African"), new("black-caribbean", "Caribbean"), new("black-other", "Any other Black, Black British or Caribbean background")]),
        ("Mixed or multiple ethnic groups", [new("mixed-white-and-asian", "White and Asian"), new("mixed-white-and-black-african", "White and Black African"), new("mixed-white-and-black-caribbean", "White and Black Caribbean"), new("mixed-other", "Any other mixed or multiple ethnic background")]),
        ("White", [new("white-british", "English, Welsh, Scottish, Northern Irish or British"), new("white-irish", "Irish"), new("white-gypsy-or-irish-traveller", "Gypsy or Irish Traveller"), new("white-roma", "Roma"), new("white-other", "Any other White background")]),
        ("Other ethnic group", [new("other-arab", "Arab"), new("other-any-other", "Any other ethnic group"), new("prefer-not-to-say", "Prefer not to say")]),
    ];

    [BindProperty]
    public NewReferralInput Input { get; set; } = new();

    public string? Unavailable { get; private set; }

    public DateOnly Today => UkCalendar.Today(time);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        foreach (var (field, message) in Input.Problems(Today))
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Input.PersonId ??= (await referrals.RegisterAsync(Input.ToPersonRequest(), cancellationToken)).Id;
            // Keep the registered person in the form from here on: a retry must not register them again.
            ModelState.Remove("Input.PersonId");
            var referral = await referrals.ReferAsync(Input.PersonId.Value, Input.ToRequest(), cancellationToken);
            TempData["Saved"] = "Referral received. It is on your team's caseload, waiting for first contact.";
            return Redirect($"/link-worker/referrals/{referral.Id}");
        }
        catch (ServiceValidationException e)
        {
            ModelState.AddServiceErrors<NewReferralInput>(e.Errors, nameof(Input), ServiceFieldNames);
        }
        catch (ServiceUnavailableException)
        {
            Unavailable = ReferralFormModel<NewReferralInput>.NothingSaved;
        }
        catch (ServiceAccessDeniedException)
        {
            Unavailable = ReferralFormModel<NewReferralInput>.SignInAgain;
        }
        return Page();
    }
}
