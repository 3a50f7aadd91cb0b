using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.Wellbeing;
using Http = SocialPrescribing.Contracts.Http.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>What the stored records answer as: the shared contract types, enum values spelled as on the wire (kebab-case), so the web reads the same types.</summary>
public static class Responses
{
    public static Http.ReferralView ToResponse(this ReferralCase c) => new(
        c.Referral.ToResponse(), c.Person.ToResponse(), [.. c.Connections.Select(ToResponse)], [.. c.Measurements.Select(ToResponse)], c.WellbeingChange?.ToResponse(),
        c.Suggestions?.ToResponse(), c.ActorNames, c.GpOrigin?.ToResponse());

    public static Http.Referral ToResponse(this ReferralRecord r) => new(
        r.Id, r.PersonId, r.TeamId, r.Source.WireName(),
        r.Referrer is { } referrer ? new Http.Referrer(referrer.Name, referrer.Organisation, referrer.OrganisationCode, referrer.Contact) : null,
        r.Reason, r.Urgency.WireName(), r.SafeguardingConcern, r.SafeguardingNote, r.SnomedCode, r.ReceivedBy, r.ReceivedAt, r.Status.WireName(),
        [.. r.History.Select(t => new Http.ReferralTransition(
            t.From.WireName(), t.To.WireName(), t.ActorId, t.At, t.Reason, t.ClosureReason?.WireName(), t.Triage?.WireName()))],
        r.ClosureReason?.WireName(), r.Outcome, r.ClosureSummary, r.Reminders.WireName(), r.LinkWorkerId,
        [.. r.Notes.Select(n => new Http.ConversationNote(n.Text, n.WrittenBy, n.WrittenAt))],
        r.NeedTermIds, r.InterestTermIds,
        [.. r.Availability.Select(a => new Http.FreeTime(a.Day, a.Start, a.End))],
        r.Travel is { } travel ? new Http.TravelPreferences(travel.MaxKm, travel.Modes) : null,
        r.Plan is { } plan
            ? new Http.CarePlan(
                [.. plan.Goals.Select(g => new Http.PlanGoal(
                    g.Description, [.. g.Actions.Select(a => new Http.PlanAction(a.Description, a.Owner, a.DueOn))], g.ReviewOn))],
                plan.ReviewOn, plan.AgreedBy, plan.AgreedAt)
            : null,
        r.Version);

    public static Http.PersonSummary ToResponse(this PersonRecord p) => new(
        p.Id, p.TeamId, p.GivenName, p.FamilyName, p.PreferredName, p.DateOfBirth, p.NhsNumber, p.PreferredContact.WireName(),
        p.Phone, p.Mobile, p.Email, p.Address, p.Postcode, p.PostcodeDistrict, p.FirstLanguage, p.NeedsInterpreter,
        [.. p.AccessibilityNeeds.Select(n => n.WireName())], p.AccessibilityNote, p.IsCarer, p.IsCaredFor,
        p.Ethnicity?.WireName(), p.Sex?.WireName(), p.Disability?.WireName(),
        [.. p.Consents.Select(c => new Http.ConsentEntry(
            c.ProviderId, c.ProviderName, c.GivenAt, c.RecordedBy, c.WithdrawnAt, c.WithdrawnRecordedBy, c.Method?.WireName(), c.WithdrawnMethod?.WireName()))],
        p.RegisteredAt, p.Version);

    public static Http.Connection ToResponse(this ConnectionRecord c) => new(
        c.Id, c.ReferralId, c.PersonId, c.TeamId, c.TargetKind.WireName(), c.TargetId, c.ProviderId, c.TargetName, c.AgreedResponseWorkingDays,
        c.SuggestedBy, c.SuggestedAt, c.Status.WireName(), c.AnswerDueBy, c.RequestedByName, c.RequestedByEmail,
        [.. c.History.Select(t => new Http.ConnectionTransition(t.From.WireName(), t.To.WireName(), t.ActorId, t.At, t.Reason))],
        c.Version);

    public static Http.Measurement ToResponse(this MeasurementRecord m) => new(
        m.Id, m.PersonId, m.ReferralId, m.TeamId, m.Point.WireName(), m.TakenAt, m.RecordedBy,
        m.LifeSatisfaction, m.Worthwhile, m.Happiness, m.Anxiety, m.SwemwbsItems);

    public static Http.WellbeingChange ToResponse(this WellbeingChange w) => new(
        w.PersonId, w.LatestPoint.WireName(), w.BaselineTakenAt, w.LatestTakenAt,
        w.Ons4 is { } ons4 ? new Http.Ons4Change(ons4.LifeSatisfaction, ons4.Worthwhile, ons4.Happiness, ons4.Anxiety, ons4.AnxietyImprovement) : null,
        w.Swemwbs is { } swemwbs
            ? new Http.SwemwbsChange(swemwbs.BaselineMetric, swemwbs.LatestMetric, swemwbs.MetricChange, swemwbs.IsMeaningfulImprovement, swemwbs.IsMeaningfulDecline)
            : null);

    /// <summary>The matcher's event names a kind as its enum does ("Activity"); the answer spells it as a connection's target kind.</summary>
    public static Http.Suggestions ToResponse(this SuggestionsRecord s) => new(s.ReferralId, s.ProposedAt,
        [.. s.Matches.Select(m => new Http.SuggestedMatch(m.CandidateId, WireNames.Parse<ConnectionTargetKind>(m.Kind)?.WireName() ?? m.Kind, m.Rank, m.Score, m.Name))]);

    public static Http.GpOrigin ToResponse(this FhirOriginRecord o) => new(
        o.ReferralId, o.ClientId, o.ServiceRequestSystem, o.ServiceRequestValue, o.PracticeOdsCode, o.PracticeName,
        o.PractitionerName, o.PractitionerIdentifier, o.NhsNumber, o.ReceivedAt, o.MessageBackAnnouncedAt);

    public static Http.AuditEntry ToResponse(this AuditEntry a) => new(
        a.Id, a.PersonId, a.ActorId, a.ActorName, a.ActorRole, a.Action.WireName(), a.Record, a.RecordId, a.At);
}
