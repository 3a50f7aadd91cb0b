using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Referrals.Apis;

namespace SocialPrescribing.Referrals.Model;

// What the "what matters to me" conversation and the plan record, kept with the referral.

/// <summary>A conversation note, in the link worker's words.</summary>
public sealed record ConversationNote(string Text, string WrittenBy, DateTimeOffset WrittenAt);

/// <param name="Day">ISO day number, 1 = Monday … 7 = Sunday.</param>
/// <param name="Start">Local (UK) time the person is free from.</param>
public sealed record FreeTime(int Day, TimeOnly Start, TimeOnly End);

/// <param name="MaxKm">How far the person can travel; null when they gave no limit.</param>
/// <param name="Modes">How they can travel, e.g. "walk", "bus", "lift from family".</param>
public sealed record TravelPreferences(double? MaxKm, IReadOnlyList<string> Modes);

public sealed record PlanAction(string Description, string? Owner, DateOnly? DueOn);

public sealed record PlanGoal([StringLength(TextLimits.Goal)] string Description, IReadOnlyList<PlanAction> Actions, DateOnly? ReviewOn);

/// <summary>The personalised care and support plan agreed with the person.</summary>
public sealed record CarePlan(IReadOnlyList<PlanGoal> Goals, DateOnly ReviewOn, string AgreedBy, DateTimeOffset AgreedAt);
