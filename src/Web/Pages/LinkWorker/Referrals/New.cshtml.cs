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

    public static readonly IReadOnlyList<Choice> YesNoPreferNot = [new("Yes", "Yes"), new("No", "No"), new("PreferNotToSay", "Prefer not to say")];
    public static readonly IReadOnlyList<Choice> Sexes = [new("Female", "Female"), new("Male", "Male"), new("PreferNotToSay", "Prefer not to say")];

    /// <summary>The ONS 2021 Census groups, as the referrals service names them.</summary>
    public static readonly IReadOnlyList<(string Group, IReadOnlyList<Choice> Choices)> Ethnicities =
    [
        ("Asian or Asian British", [new("AsianBangladeshi", "Bangladeshi"), new("AsianChinese", "Chinese"), new("AsianIndian", "Indian"), new("AsianPakistani", "Pakistani"), new("AsianOther", "Any other Asian background")]),
        ("Black, Black British, Caribbean or African", [new("BlackAfrican", "African"), new("BlackCaribbean", "Caribbean"), new("BlackOther", "Any other Black, Black British or Caribbean background")]),
        ("Mixed or multiple ethnic groups", [new("MixedWhiteAndAsian", "White and Asian"), new("MixedWhiteAndBlackAfrican", "White and Black African"), new("MixedWhiteAndBlackCaribbean", "White and Black Caribbean"), new("MixedOther", "Any other mixed or multiple ethnic background")]),
        ("White", [new("WhiteBritish", "English, Welsh, Scottish, Northern Irish or British"), new("WhiteIrish", "Irish"), new("WhiteGypsyOrIrishTraveller", "Gypsy or Irish Traveller"), new("WhiteRoma", "Roma"), new("WhiteOther", "Any other White background")]),
        ("Other ethnic group", [new("OtherArab", "Arab"), new("OtherAnyOther", "Any other ethnic group"), new("PreferNotToSay", "Prefer not to say")]),
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
            Input.PersonId ??= (await referrals.RegisterAsync(PersonOf(Input), cancellationToken)).Id;
            // Keep the registered person in the form from here on: a retry must not register them again.
            ModelState.Remove("Input.PersonId");
            var referral = await referrals.ReferAsync(Input.PersonId.Value, ReferralOf(Input), cancellationToken);
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

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static PersonSubmission PersonOf(NewReferralInput i) => new(
        Optional(i.GivenName), Optional(i.FamilyName), Optional(i.PreferredName), i.DateOfBirth, Optional(i.NhsNumber),
        new ContactSubmission(i.PreferredContact!, Optional(i.Phone), Optional(i.Mobile), Optional(i.Email), Optional(i.Address)),
        Optional(i.Postcode), Optional(i.FirstLanguage), i.NeedsInterpreter, i.AccessibilityNeeds, Optional(i.AccessibilityNote),
        i.Carer.Contains("IsCarer"), i.Carer.Contains("IsCaredFor"), Optional(i.Ethnicity), Optional(i.Sex), Optional(i.Disability));

    private static ReferralSubmission ReferralOf(NewReferralInput i) => new(
        i.Source!,
        Optional(i.ReferrerName) is { } name ? new ReferrerSubmission(name, Optional(i.ReferrerOrganisation), null, Optional(i.ReferrerContact)) : null,
        Optional(i.Reason), i.Urgency!, i.SafeguardingConcern, i.SafeguardingConcern ? Optional(i.SafeguardingNote) : null, i.ConsentMethod);
}
