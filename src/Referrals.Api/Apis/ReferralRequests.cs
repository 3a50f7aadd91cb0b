using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Wellbeing;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>A referral's requests as the shared contracts send them, read into the domain's values with every mistake at once.</summary>
public static class ReferralRequests
{
    extension(ReferralRequest request)
    {
        public (ReferralDetails Details, ConsentMethod? ServiceConsent) Validate()
        {
            var errors = new FieldErrors();
            var source = errors.Required<ReferralSource>("source", request.Source);
            var urgency = errors.Required<Urgency>("urgency", request.Urgency);
            var serviceConsent = errors.Optional<ConsentMethod>("serviceConsent", request.ServiceConsent);
            var referrer = request.Referrer is { } r ? errors.Capture(() => new Referrer(r.Name!, r.Organisation, r.OrganisationCode, r.Contact)) : null;
            var code = string.IsNullOrWhiteSpace(request.SnomedCode) ? null : errors.Capture(() => SnomedCode.Parse(request.SnomedCode));
            errors.ThrowIfAny();
            return (new ReferralDetails(source, referrer, request.Reason ?? "", urgency, request.SafeguardingConcern, request.SafeguardingNote, code), serviceConsent);
        }
    }

    extension(NeedsRequest request)
    {
        public ReferralNeeds ToNeeds() => ReferralNeeds.Of(
            request.NeedTermIds, request.InterestTermIds,
            request.Availability?.Select(a => new FreeTime(a.Day, a.Start, a.End)).ToList(),
            request.Travel is { } t ? new TravelPreferences(t.MaxKm, t.Modes ?? []) : null);
    }

    extension(PlanRequest request)
    {
        public IReadOnlyList<PlanGoal>? ToGoals() => request.Goals?
            .Select(g => new PlanGoal(g.Description ?? "", [.. (g.Actions ?? []).Select(a => new PlanAction(a.Description, a.Owner, a.DueOn))], g.ReviewOn))
            .ToList();
    }

    extension(MeasurementRequest request)
    {
        public WellbeingMeasurement ToMeasurement(Guid personId, Guid referralId, string recordedBy, DateTimeOffset now)
        {
            var errors = new FieldErrors();
            var point = errors.Required<MeasurementPoint>("point", request.Point);
            errors.Check(request.TakenAt is null || request.TakenAt <= now, "takenAt", "A measurement cannot be taken in the future.");
            var ons4 = request.Ons4 is { } o ? errors.Capture(() => new Ons4Scores(o.LifeSatisfaction, o.Worthwhile, o.Happiness, o.Anxiety)) : null;
            var swemwbs = request.Swemwbs is { } items ? errors.Capture(() => new SwemwbsScores(items)) : null;
            errors.ThrowIfAny();
            return new WellbeingMeasurement(personId, referralId, point, request.TakenAt ?? now, recordedBy, ons4, swemwbs);
        }
    }
}
