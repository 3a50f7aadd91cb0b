using System.ComponentModel.DataAnnotations;
using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Apis;

public sealed record ReferrerRequest(string? Name, string? Organisation, string? OrganisationCode, string? Contact);

public sealed record ReferralRequest(
    ReferralSource Source,
    ReferrerRequest? Referrer,
    [StringLength(TextLimits.Long)] string? Reason,
    Urgency Urgency,
    bool SafeguardingConcern,
    string? SafeguardingNote,
    string? SnomedCode,
    ConsentMethod? ServiceConsent = null)
{
    public ReferralDetails ToDetails()
    {
        var errors = new FieldErrors();
        var referrer = Referrer is { } r ? errors.Capture(() => new Referrer(r.Name!, r.Organisation, r.OrganisationCode, r.Contact)) : null;
        var code = string.IsNullOrWhiteSpace(SnomedCode) ? null : errors.Capture(() => Domain.Referrals.SnomedCode.Parse(SnomedCode));
        errors.ThrowIfAny();
        return new ReferralDetails(Source, referrer, Reason ?? "", Urgency, SafeguardingConcern, SafeguardingNote, code);
    }
}

public sealed record StatusRequest(ReferralStatus Status, [StringLength(TextLimits.Reason)] string? Reason);

public sealed record CloseRequest(ClosureReason ClosureReason, [StringLength(TextLimits.Outcome)] string? Outcome, [StringLength(TextLimits.Long)] string? Summary);

public sealed record NoteRequest([StringLength(TextLimits.Long)] string? Text);

/// <summary>What the "what matters" conversation found: needs, interests (the directory's taxonomy term ids), free times and travel.</summary>
public sealed record NeedsRequest(
    IReadOnlyList<string>? NeedTermIds,
    IReadOnlyList<string>? InterestTermIds,
    IReadOnlyList<FreeTime>? Availability,
    TravelPreferences? Travel);

public sealed record PlanGoalRequest([StringLength(TextLimits.Goal)] string? Description, IReadOnlyList<PlanAction>? Actions, DateOnly? ReviewOn);

/// <summary>The personalised care and support plan: goals, each with actions, and when to review it (checked by <see cref="CarePlan.Agree"/>).</summary>
public sealed record PlanRequest(IReadOnlyList<PlanGoalRequest>? Goals, DateOnly? ReviewOn)
{
    public IReadOnlyList<PlanGoal>? ToGoals() => Goals?.Select(g => new PlanGoal(g.Description ?? "", g.Actions ?? [], g.ReviewOn)).ToList();
}

/// <summary>The four ONS4 answers (0–10), null where the person preferred not to say.</summary>
public sealed record Ons4Request(int? LifeSatisfaction, int? Worthwhile, int? Happiness, int? Anxiety);

/// <param name="Swemwbs">The seven SWEMWBS answers (1–5) in the scale's order, null where the person preferred not to say.</param>
public sealed record MeasurementRequest(MeasurementPoint Point, DateTimeOffset? TakenAt, Ons4Request? Ons4, IReadOnlyList<int?>? Swemwbs)
{
    public WellbeingMeasurement ToMeasurement(Guid personId, Guid referralId, string recordedBy, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        errors.Check(TakenAt is null || TakenAt <= now, "takenAt", "A measurement cannot be taken in the future.");
        var ons4 = Ons4 is { } o ? errors.Capture(() => new Ons4Scores(o.LifeSatisfaction, o.Worthwhile, o.Happiness, o.Anxiety)) : null;
        var swemwbs = Swemwbs is { } items ? errors.Capture(() => new SwemwbsScores(items)) : null;
        errors.ThrowIfAny();
        return new WellbeingMeasurement(personId, referralId, Point, TakenAt ?? now, recordedBy, ons4, swemwbs);
    }
}

/// <param name="Request">Send the request (and hold a place) straight away rather than only suggesting it.</param>
/// <param name="ProviderId">Optional: the organisation running the activity (or, for a volunteer with several, the one that answers); checked, never trusted.</param>
/// <param name="VolunteerName">The name the link worker chose a volunteer under (the matcher's); an activity is named by the directory.</param>
public sealed record ConnectionRequest(
    ConnectionTargetKind TargetKind, Guid TargetId, Guid? ProviderId, int? AgreedResponseWorkingDays, bool Request,
    [StringLength(TextLimits.Name)] string? VolunteerName = null);

public sealed record ConnectionStatusRequest(ConnectionStatus Status, [StringLength(TextLimits.Reason)] string? Reason);

public sealed record AnswerRequest(bool Accept, [StringLength(TextLimits.Answer)] string? Reason);

/// <summary>A provider's record of attendance: Attended, DidNotAttend or DroppedOut (which needs the reason).</summary>
public sealed record AttendanceRequest(ConnectionStatus? Outcome, [StringLength(TextLimits.Reason)] string? Reason);
