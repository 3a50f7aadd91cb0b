using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class NeedsInput
{
    public List<string> Needs { get; set; } = [];
    public List<string> Interests { get; set; } = [];
    public List<int> Days { get; set; } = [];
    public List<string> Times { get; set; } = [];

    [Range(0, 200, ErrorMessage = "How far the person can travel must be between 0 and 200 km")]
    [Display(Name = "how far the person can travel", Description = "5 or 2.5 (kilometres)")]
    public double? MaxKm { get; set; }
}

/// <summary>Needs and interests (the directory's taxonomy terms), when the person is free and how far they can travel.</summary>
public sealed class NeedsModel(ReferralsClient referrals, DirectorySearchClient directory) : ReferralFormModel<NeedsInput>(referrals)
{
    /// <summary>Parts of the day a person can say they are free in, as UK local times.</summary>
    public static readonly IReadOnlyList<(string Key, string Label, TimeOnly Start, TimeOnly End)> PartsOfDay =
    [
        ("morning", "Mornings (9am to 12pm)", new(9, 0), new(12, 0)),
        ("afternoon", "Afternoons (12pm to 5pm)", new(12, 0), new(17, 0)),
        ("evening", "Evenings (5pm to 9pm)", new(17, 0), new(21, 0)),
    ];

    public static readonly IReadOnlyList<Choice> DayChoices =
        [.. Enumerable.Range(1, 7).Select(d => new Choice(d.ToString(System.Globalization.CultureInfo.InvariantCulture), DayName(d)))];

    public static IReadOnlyList<Choice> TimeChoices => [.. PartsOfDay.Select(p => new Choice(p.Key, p.Label))];

    public IReadOnlyList<Choice> NeedChoices { get; private set; } = [];
    public IReadOnlyList<Choice> InterestChoices { get; private set; } = [];

    protected override IReadOnlyDictionary<string, string> ServiceFieldNames => new Dictionary<string, string>
    {
        ["needTermIds"] = nameof(NeedsInput.Needs), ["travel.maxKm"] = nameof(NeedsInput.MaxKm),
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Case?.Referral is { } referral)
        {
            Input = new NeedsInput
            {
                Needs = [.. referral.NeedTermIds],
                Interests = [.. referral.InterestTermIds],
                Days = [.. referral.Availability.Select(a => a.Day).Distinct()],
                Times = [.. PartsOfDay.Where(p => referral.Availability.Any(a => a.Start == p.Start)).Select(p => p.Key)],
                MaxKm = referral.Travel?.MaxKm,
            };
        }
        await LoadTermsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.Days.Count > 0 != Input.Times.Count > 0)
        {
            ModelState.AddModelError(Input.Days.Count == 0 ? "Input.Days" : "Input.Times",
                Input.Days.Count == 0 ? "Select the days the person is free" : "Select the times of day the person is free");
        }
        var availability = Input.Days.Distinct().Order()
            .SelectMany(day => PartsOfDay.Where(p => Input.Times.Contains(p.Key)).Select(p => new FreeTime(day, p.Start, p.End)))
            .ToList();
        var result = await SubmitAsync(() => Referrals.SetNeedsAsync(Id, new NeedsRequest(
            Input.Needs, Input.Interests, availability, new TravelPreferences(Input.MaxKm, [])), Version, cancellationToken), "Needs and interests saved.", cancellationToken);
        if (result is PageResult)
        {
            await LoadTermsAsync(cancellationToken);
        }
        return result;
    }

    private async Task LoadTermsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OrukTaxonomyTerm> terms = [];
        try
        {
            terms = await directory.TaxonomyTermsAsync(cancellationToken);
        }
        catch (Exception e) when (e is ServiceUnavailableException or ServiceAccessDeniedException)
        {
            Unavailable ??= "The directory is not answering, so the list of needs and interests cannot be shown in full. What is already chosen is kept.";
        }
        NeedChoices = ChoicesOf(terms.Where(t => t.Taxonomy == "Needs"), Input.Needs);
        InterestChoices = ChoicesOf(terms.Where(t => t.Taxonomy != "Needs"), Input.Interests);
    }

    /// <summary>The directory's terms by id, plus any already chosen that it could not list (it was not answering), so saving never drops one.</summary>
    private static IReadOnlyList<Choice> ChoicesOf(IEnumerable<OrukTaxonomyTerm> terms, IReadOnlyList<string> chosen)
    {
        var choices = terms.OrderBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), t.Name, t.Description)).ToList();
        choices.AddRange(chosen.Where(id => choices.All(c => c.Value != id)).Select(id => new Choice(id, id)));
        return choices;
    }

    private static string DayName(int isoDay) => ((DayOfWeek)(isoDay % 7)).ToString();
}
