using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Referrals;

// What the "what matters to me" conversation and the plan record, kept with the referral.

/// <summary>A conversation note, in the link worker's words.</summary>
public sealed record ConversationNote(string Text, string WrittenBy, DateTimeOffset WrittenAt);

/// <param name="Day">ISO day number, 1 = Monday … 7 = Sunday.</param>
/// <param name="Start">Local (UK) time the person is free from.</param>
public sealed record FreeTime(int Day, TimeOnly Start, TimeOnly End);

/// <param name="MaxKm">How far the person can travel; null when they gave no limit.</param>
/// <param name="Modes">How they can travel, e.g. "walk", "bus", "lift from family".</param>
public sealed record TravelPreferences(double? MaxKm, IReadOnlyList<string> Modes);

/// <summary>What the conversation found: needs and interests (the directory's taxonomy term ids), free times and travel.</summary>
public sealed record ReferralNeeds(
    IReadOnlyList<string> NeedTermIds, IReadOnlyList<string> InterestTermIds, IReadOnlyList<FreeTime> Availability, TravelPreferences? Travel)
{
    public static ReferralNeeds None { get; } = new([], [], [], null);

    /// <summary>Checks the free times and travel, reporting every mistake at once.</summary>
    public static ReferralNeeds Of(
        IReadOnlyList<string>? needTermIds, IReadOnlyList<string>? interestTermIds, IReadOnlyList<FreeTime>? availability, TravelPreferences? travel)
    {
        var errors = new FieldErrors();
        foreach (var (slot, i) in (availability ?? []).Select((s, i) => (s, i)))
        {
            errors.Check(slot.Day is >= 1 and <= 7, $"availability[{i}].day", "A day is 1 (Monday) to 7 (Sunday).");
            errors.Check(slot.Start < slot.End, $"availability[{i}].end", "A free time ends after it starts.");
        }
        errors.Check(travel?.MaxKm is null or >= 0, "travel.maxKm", "How far the person can travel cannot be negative.");
        errors.ThrowIfAny();
        return new(needTermIds ?? [], interestTermIds ?? [], [.. availability ?? []], travel is null ? null : travel with { Modes = travel.Modes ?? [] });
    }
}

public sealed record PlanAction(string Description, string? Owner, DateOnly? DueOn);

public sealed record PlanGoal(string Description, IReadOnlyList<PlanAction> Actions, DateOnly? ReviewOn);

/// <summary>The personalised care and support plan agreed with the person.</summary>
public sealed record CarePlan(IReadOnlyList<PlanGoal> Goals, DateOnly ReviewOn, string AgreedBy, DateTimeOffset AgreedAt)
{
    /// <summary>A plan of at least one described goal, every action described, reviews not in the past; every mistake reported at once.</summary>
    public static CarePlan Agree(IReadOnlyList<PlanGoal>? goals, DateOnly? reviewOn, string agreedBy, DateTimeOffset at, DateOnly today)
    {
        var errors = new FieldErrors();
        var given = goals ?? [];
        errors.Check(given.Count > 0, "goals", "A plan has at least one goal, in the person's words.");
        foreach (var (goal, i) in given.Select((g, i) => (g, i)))
        {
            errors.Check(!string.IsNullOrWhiteSpace(goal.Description), $"goals[{i}].description", "A goal needs a description.");
            errors.Check((goal.Actions ?? []).All(a => !string.IsNullOrWhiteSpace(a.Description)), $"goals[{i}].actions", "Every action needs a description.");
            errors.Check(goal.ReviewOn is null || goal.ReviewOn >= today, $"goals[{i}].reviewOn", "A review date cannot be in the past.");
        }
        errors.Check(reviewOn is not null, "reviewOn", "When the plan will be reviewed is required.");
        errors.Check(reviewOn is null || reviewOn >= today, "reviewOn", "A review date cannot be in the past.");
        errors.ThrowIfAny();
        return new([.. given.Select(g => g with { Description = g.Description.Trim(), Actions = g.Actions ?? [] })], reviewOn!.Value, agreedBy, at);
    }
}

/// <summary>What the conversation and the plan have recorded against a referral so far.</summary>
public sealed record ReferralCasework(IReadOnlyList<ConversationNote> Notes, ReferralNeeds Needs, CarePlan? Plan)
{
    public static ReferralCasework None { get; } = new([], ReferralNeeds.None, null);
}
