using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;
using SocialPrescribing.Web.TagHelpers;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class WellbeingInput
{
    [Required(ErrorMessage = "Select when in the referral this is")]
    public string? Point { get; set; }

    /// <summary>Each answer as posted: a score, <see cref="WellbeingModel.PreferNotToSay"/>, or nothing.</summary>
    public string? LifeSatisfaction { get; set; }
    public string? Worthwhile { get; set; }
    public string? Happiness { get; set; }
    public string? Anxiety { get; set; }

    /// <summary>The seven SWEMWBS answers, in the scale's order (posted with explicit indexes, so a gap is kept as a gap).</summary>
    public List<string?> Swemwbs { get; set; } = [];
}

/// <summary>
/// One sitting of the ONS personal wellbeing questions (ONS4) and/or the short Warwick-Edinburgh
/// scale (SWEMWBS). Each answer is kept as given; nothing is added up here. A person may prefer not
/// to answer any question or statement (both instruments allow it); an instrument started must
/// have every item answered or declined, so a skipped one is asked about rather than guessed.
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

    public const string PreferNotToSay = "declined";

    public static readonly IReadOnlyList<Choice> ZeroToTen =
        [.. Enumerable.Range(0, 11).Select(n => new Choice($"{n}", $"{n}")), new(PreferNotToSay, "Prefer not to say")];

    public static readonly IReadOnlyList<Choice> Frequencies =
    [
        new("1", "None of the time"), new("2", "Rarely"), new("3", "Some of the time"), new("4", "Often"), new("5", "All of the time"),
        new(PreferNotToSay, "Prefer not to say"),
    ];

    public Task OnGetAsync(CancellationToken cancellationToken)
    {
        PadSwemwbs();
        return LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        PadSwemwbs();
        var ons4 = new[] { Input.LifeSatisfaction, Input.Worthwhile, Input.Happiness, Input.Anxiety };
        var ons4Given = ons4.Any(Answered);
        var swemwbsGiven = Input.Swemwbs.Any(Answered);
        if (!ons4Given && !swemwbsGiven)
        {
            ModelState.AddModelError($"Input.{nameof(WellbeingInput.LifeSatisfaction)}", "Answer the ONS4 questions, the SWEMWBS statements, or both");
        }
        if (ons4Given)
        {
            foreach (var (field, _) in Ons4Questions.Where((_, i) => !Answered(ons4[i])))
            {
                ModelState.AddModelError($"Input.{field}", "Select a score from 0 to 10, or prefer not to say");
            }
        }
        if (swemwbsGiven)
        {
            foreach (var i in Enumerable.Range(0, SwemwbsStatements.Count).Where(i => !Answered(Input.Swemwbs[i])))
            {
                ModelState.AddModelError($"Input.Swemwbs[{i}]", "Select how often this has been true, or prefer not to say");
            }
        }
        // Declining every item of an instrument is the same as not asking it.
        var scores = ons4.Select(Score).ToList();
        var statements = Input.Swemwbs.Select(Score).ToList();
        var measurement = new MeasurementRequest(
            Input.Point ?? "",
            null,
            scores.Any(a => a is not null) ? new Ons4Request(scores[0], scores[1], scores[2], scores[3]) : null,
            statements.Any(a => a is not null) ? statements : null);
        return await SubmitAsync(() => Referrals.MeasureAsync(Id, measurement, cancellationToken), "Wellbeing scores recorded.", cancellationToken);
    }

    /// <summary>A score, or "prefer not to say": anything but a skipped question.</summary>
    private static bool Answered(string? answer) => !string.IsNullOrEmpty(answer);

    private static int? Score(string? answer) => int.TryParse(answer, System.Globalization.CultureInfo.InvariantCulture, out var score) ? score : null;

    /// <summary>Seven SWEMWBS slots whatever was posted, so the form always shows every statement.</summary>
    private void PadSwemwbs()
    {
        while (Input.Swemwbs.Count < SwemwbsStatements.Count)
        {
            Input.Swemwbs.Add(null);
        }
    }
}
