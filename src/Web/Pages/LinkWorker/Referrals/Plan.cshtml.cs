using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.LinkWorker.Referrals;

public sealed class GoalInput
{
    [StringLength(500, ErrorMessage = "A goal must be 500 characters or fewer")]
    public string? Description { get; set; }

    /// <summary>One action a line.</summary>
    public string? Actions { get; set; }

    [Display(Name = "Goal review date")]
    public DateOnly? ReviewOn { get; set; }
}

public sealed class PlanInput
{
    public const int GoalSlots = 3;

    public List<GoalInput> Goals { get; set; } = [];

    [Required(ErrorMessage = "Enter when the plan will be reviewed")]
    [Display(Name = "Plan review date")]
    public DateOnly? ReviewOn { get; set; }
}

/// <summary>The personalised care and support plan: goals in the person's words, their actions, and review dates.</summary>
public sealed class PlanModel(ReferralsClient referrals, TimeProvider time) : ReferralFormModel<PlanInput>(referrals)
{
    public DateOnly Today => UkCalendar.Today(time);

    /// <summary>Six weeks on, a usual time to look at a plan again.</summary>
    public string DateHint => $"For example, {Today.AddDays(42):d M yyyy}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var plan = Case?.Referral.Plan;
        Input = new PlanInput
        {
            Goals = [.. (plan?.Goals ?? []).Select(g => new GoalInput
            {
                Description = g.Description,
                Actions = string.Join('\n', g.Actions.Select(a => a.Description)),
                ReviewOn = g.ReviewOn,
            })],
            ReviewOn = plan?.ReviewOn,
        };
        PadGoals();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var goals = Input.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Description)).ToList();
        if (goals.Count == 0)
        {
            ModelState.AddModelError("Input.Goals[0].Description", "Enter at least one goal, in the person's words");
        }
        for (var i = 0; i < Input.Goals.Count; i++)
        {
            if (Input.Goals[i].ReviewOn < Today)
            {
                ModelState.AddModelError($"Input.Goals[{i}].ReviewOn", "Goal review date must be today or in the future");
            }
        }
        if (Input.ReviewOn < Today)
        {
            ModelState.AddModelError("Input.ReviewOn", "Plan review date must be today or in the future");
        }
        var plan = new PlanRequest(
            [.. goals.Select(g => new PlanGoalRequest(g.Description!.Trim(), [.. ActionsOf(g.Actions)], g.ReviewOn))],
            Input.ReviewOn);
        var result = await SubmitAsync(() => Referrals.SetPlanAsync(Id, plan, Version, cancellationToken), "Plan saved.", cancellationToken);
        PadGoals();
        return result;
    }

    private static IEnumerable<PlanAction> ActionsOf(string? lines) =>
        (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => new PlanAction(a, null, null));

    /// <summary>Always three goal slots on the form, so it works without JavaScript.</summary>
    private void PadGoals()
    {
        while (Input.Goals.Count < PlanInput.GoalSlots)
        {
            Input.Goals.Add(new GoalInput());
        }
    }
}
