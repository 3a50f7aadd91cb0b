using SocialPrescribing.Matching.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>Turns the stored read models into the domain's candidates and profiles.</summary>
internal static class ReadModelMapping
{
    /// <summary>Places an activity that takes everyone who comes is treated as having, for allocation and the capacity rule.</summary>
    public const int OpenCapacity = 10_000;

    /// <summary>
    /// The referrals service does not yet say what a person can pay, so only free activities are suggested:
    /// the matcher never proposes what the person may not afford.
    /// </summary>
    public const decimal AssumedMaxCostPerSession = 0m;

    /// <summary>The domain's own default, used when the person gave no limit.</summary>
    private static readonly double DefaultMaxTravelKm = new PersonProfile { ReferralId = Guid.Empty, Age = 0, WaitingSince = default }.MaxTravelKm;

    /// <summary>The activity as a candidate; null when it cannot be matched (no place, or an age range the wrong way round).</summary>
    public static ActivityCandidate? ToCandidate(ActivityReadModel activity, ActivityRatingsReadModel? ratings)
    {
        if (activity.Latitude is not { } latitude || activity.Longitude is not { } longitude || activity.MinAge > activity.MaxAge)
        {
            return null;
        }
        return new ActivityCandidate
        {
            Id = activity.ActivityId,
            OrganisationId = activity.OrganisationId,
            Name = activity.Name,
            TaxonomyTermIds = activity.TermIds,
            Location = new GeoPoint(latitude, longitude),
            Sessions = [.. activity.Sessions.Select(ToSlot)],
            Languages = activity.Languages,
            AccessibilityFeatures = activity.AccessibilityFeatures,
            MinAge = activity.MinAge,
            MaxAge = activity.MaxAge,
            AreaServedDistricts = activity.AreaServedDistricts,
            CostPerSession = Math.Max(0, activity.CostPerSession),
            FreePlaces = activity.FreePlaces is { } free ? Math.Max(0, free) : OpenCapacity,
            Ratings = ratings is { Count: > 0 } ? new PeoplesRatings(ratings.Count, ratings.Sum) : null,
        };
    }

    /// <summary>The volunteer as a candidate; null when their postcode district cannot be placed.</summary>
    public static VolunteerCandidate? ToCandidate(VolunteerReadModel volunteer, MatchingReference reference)
    {
        if (reference.CentroidOf(volunteer.PostcodeDistrict) is not { } location)
        {
            return null;
        }
        return new VolunteerCandidate
        {
            Id = volunteer.VolunteerId,
            // The volunteering service keeps names to itself; link workers see them there.
            Name = $"Volunteer in {volunteer.PostcodeDistrict}",
            Roles = volunteer.Roles,
            Location = location,
            Languages = volunteer.Languages,
            Availability = [.. volunteer.Availability.Select(ToSlot)],
            InterestTermIds = volunteer.InterestTermIds,
            Dbs = ToDbsLevel(volunteer.DbsLevel) is { } level ? new DbsCheck(level, volunteer.DbsValidUntil ?? DateOnly.MaxValue) : null,
            Trainings = [.. volunteer.Trainings.Select(t => new TrainingRecord(t.Code, t.ValidUntil))],
            CaseloadLimit = volunteer.CaseloadLimit,
            CurrentCaseload = Math.Max(0, volunteer.CaseloadLimit - volunteer.FreeCaseload),
            MaxTravelKm = volunteer.MaxTravelKm,
            WillDoHomeVisits = volunteer.WillDoHomeVisits,
        };
    }

    /// <summary>The referral as the domain's profile; its location is null when the district cannot be placed.</summary>
    public static PersonProfile ToProfile(ReferralProfileReadModel profile, MatchingReference reference) => new()
    {
        ReferralId = profile.ReferralId,
        TeamId = profile.TeamId,
        NeedTermIds = profile.TermIds,
        Location = reference.CentroidOf(profile.PostcodeDistrict),
        PostcodeDistrict = profile.PostcodeDistrict,
        MaxTravelKm = profile.MaxTravelKm ?? DefaultMaxTravelKm,
        TravelLimitRecorded = profile.MaxTravelKm is not null,
        ConnectedCandidateIds = profile.ConnectedCandidateIds,
        FreeTimes = [.. profile.FreeTimes.Select(ToSlot)],
        Languages = profile.Languages.Count > 0 ? profile.Languages : ["en"],
        AccessibilityNeeds = profile.AccessibilityNeeds,
        EligibilityGroups = profile.IsCarer ? ["carer"] : [],
        Age = profile.Age,
        MaxCostPerSession = AssumedMaxCostPerSession,
        WaitingSince = profile.WaitingSince,
    };

    private static TimeSlot ToSlot(WeeklySession session) => new(session.Day, session.Start, session.End);

    private static DbsLevel? ToDbsLevel(string? level) =>
        level is not null && Enum.TryParse<DbsLevel>(level.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) ? parsed : null;
}
