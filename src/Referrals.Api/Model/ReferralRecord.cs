using SocialPrescribing.Referrals.Domain.Referrals;
using DomainReferral = SocialPrescribing.Referrals.Domain.Referrals.Referral;

namespace SocialPrescribing.Referrals.Model;

/// <summary>A referral as stored, with its kept status history and what the conversation and plan recorded.</summary>
public sealed class ReferralRecord
{
    public Guid Id { get; init; }
    public Guid PersonId { get; init; }
    public Guid TeamId { get; init; }
    public ReferralSource Source { get; set; }
    public Referrer? Referrer { get; set; }
    public required string Reason { get; set; }
    public Urgency Urgency { get; set; }
    public bool SafeguardingConcern { get; set; }
    public string? SafeguardingNote { get; set; }
    public required string SnomedCode { get; set; }
    public required string ReceivedBy { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public ReferralStatus Status { get; set; }
    public List<ReferralTransition> History { get; set; } = [];
    public ClosureReason? ClosureReason { get; set; }
    public string? Outcome { get; set; }
    public string? ClosureSummary { get; set; }

    /// <summary>How the person wants reminders, as agreed with their link worker; none until it is agreed.</summary>
    public ReminderPreference Reminders { get; set; } = ReminderPreference.None;

    /// <summary>The link worker who last took or acted on the referral (<see cref="LinkWorkerRecord"/>): their daily digest lists it.</summary>
    public Guid? LinkWorkerId { get; set; }

    public List<ConversationNote> Notes { get; set; } = [];
    public List<string> NeedTermIds { get; set; } = [];
    public List<string> InterestTermIds { get; set; } = [];
    public List<FreeTime> Availability { get; set; } = [];
    public TravelPreferences? Travel { get; set; }
    public CarePlan? Plan { get; set; }

    /// <summary><see cref="DomainReferral.LastContactAt"/>, kept with every change so a caseload reads it without the notes.</summary>
    public DateTimeOffset? LastContactAt { get; set; }

    /// <summary>PostgreSQL's xmin: changes with every write, so a stale update is refused.</summary>
    public uint Version { get; set; }

    public ReferralDetails Details => new(Source, Referrer, Reason, Urgency, SafeguardingConcern, SafeguardingNote,
        Domain.Referrals.SnomedCode.Parse(SnomedCode));

    public DomainReferral ToDomain() => DomainReferral.Restore(
        Id, PersonId, Details, ReceivedBy, ReceivedAt, History,
        ClosureReason is { } reason ? new ReferralClosure(reason, Outcome!, ClosureSummary!) : null,
        History.Count > 0 ? History[0].From : Status,
        new ReferralCasework(Notes, new ReferralNeeds(NeedTermIds, InterestTermIds, Availability, Travel), Plan));

    public void Apply(DomainReferral referral)
    {
        var details = referral.Details;
        (Source, Referrer, Reason, Urgency) = (details.Source, details.Referrer, details.Reason, details.Urgency);
        (SafeguardingConcern, SafeguardingNote, SnomedCode) = (details.SafeguardingConcern, details.SafeguardingNote, details.Code.Value);
        Status = referral.Status;
        History = [.. referral.History];
        (ClosureReason, Outcome, ClosureSummary) = (referral.Closure?.Reason, referral.Closure?.Outcome, referral.Closure?.Summary);
        Notes = [.. referral.Notes];
        (NeedTermIds, InterestTermIds) = ([.. referral.Needs.NeedTermIds], [.. referral.Needs.InterestTermIds]);
        (Availability, Travel, Plan) = ([.. referral.Needs.Availability], referral.Needs.Travel, referral.Plan);
        LastContactAt = referral.LastContactAt;
    }

    public static ReferralRecord From(DomainReferral referral, Guid teamId)
    {
        var record = new ReferralRecord
        {
            Id = referral.Id,
            PersonId = referral.PersonId,
            TeamId = teamId,
            Reason = referral.Details.Reason,
            SnomedCode = referral.Details.Code.Value,
            ReceivedBy = referral.ReceivedBy,
            ReceivedAt = referral.ReceivedAt,
        };
        record.Apply(referral);
        return record;
    }
}
