using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class WellbeingInput
{
    [Required(ErrorMessage = "Select when in the referral this is")]
    public string? Point { get; set; }

    public int? LifeSatisfaction { get; set; }
    public int? Worthwhile { get; set; }
    public int? Happiness { get; set; }
    public int? Anxiety { get; set; }

    /// <summary>The seven SWEMWBS answers (1–5), in the scale's order.</summary>
    public List<int?> Swemwbs { get; set; } = [.. new int?[WellbeingModel.SwemwbsStatements.Count]];
}

/// <summary>
/// One sitting of the ONS personal wellbeing questions (ONS4) and/or the short Warwick-Edinburgh
/// scale (SWEMWBS). Each answer is kept as given; nothing is added up here.
/// </summary>
public sealed class WellbeingModel(ReferralsClient referrals) : ReferralFormModel<WellbeingInput>(referrals)
{
    public static readonly IReadOnlyList<(string Field, string Question)> Ons4Questions =
    [
        (nameof(WellbeingInput.LifeSatisfaction), "Overall, how satisfied are you with your life nowadays?"),
        (nameof(WellbeingInput.Worthwhile), "Overall, to what extent do you feel that the things you do in your life are worthwhile?"),
        (nameof(WellbeingInput.Happiness), "Overall, how happy did you feel yesterday?"),
        (nameof(WellbeingInput.Anxiety), "Overall, how anxious did you feel yesterday?"),
    ];

    public static readonly IReadOnlyList<string> SwemwbsStatements =
    [
        "I've been feeling optimistic about the future",
        "I've been feeling useful",
        "I've been feeling relaxed",
        "I've been dealing with problems well",
        "I've been thinking clearly",
        "I've been feeling close to other people",
        "I've been able to make up my own mind about things",
    ];

    public static readonly IReadOnlyList<Choice> ZeroToTen = [.. Enumerable.Range(0, 11).Select(n => new Choice($"{n}", $"{n}"))];

    public static readonly IReadOnlyList<Choice> Frequencies =
    [
        new("1", "None of the time"), new("2", "Rarely"), new("3", "Some of the time"), new("4", "Often"), new("5", "All of the time"),
    ];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var ons4 = new[] { Input.LifeSatisfaction, Input.Worthwhile, Input.Happiness, Input.Anxiety };
        var ons4Given = ons4.Any(a => a is not null);
        var swemwbsGiven = Input.Swemwbs.Any(a => a is not null);
        if (!ons4Given && !swemwbsGiven)
        {
            ModelState.AddModelError($"Input.{nameof(WellbeingInput.LifeSatisfaction)}", "Answer the ONS4 questions, the SWEMWBS statements, or both");
        }
        if (ons4Given)
        {
            foreach (var (field, _) in Ons4Questions.Where((_, i) => ons4[i] is null))
            {
                ModelState.AddModelError($"Input.{field}", "Select a score from 0 to 10 for every ONS4 question");
            }
        }
        if (swemwbsGiven)
        {
            foreach (var i in Enumerable.Range(0, SwemwbsStatements.Count).Where(i => Input.Swemwbs.ElementAtOrDefault(i) is null))
            {
                ModelState.AddModelError($"Input.Swemwbs[{i}]", "Select an answer for every SWEMWBS statement");
            }
        }
        var measurement = new MeasurementSubmission(
            Input.Point ?? "",
            ons4Given && ons4.All(a => a is not null) ? new Ons4Submission(ons4[0]!.Value, ons4[1]!.Value, ons4[2]!.Value, ons4[3]!.Value) : null,
            swemwbsGiven && Input.Swemwbs.All(a => a is not null) ? [.. Input.Swemwbs.Select(a => a!.Value)] : null);
        return SubmitAsync(() => Referrals.MeasureAsync(Id, measurement, cancellationToken), "Wellbeing scores recorded.", cancellationToken);
    }
}
