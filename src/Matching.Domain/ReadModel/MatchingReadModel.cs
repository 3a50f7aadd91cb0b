using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>
/// The matcher's in-memory snapshot of activities and volunteers, compiled for fast search: arrays of
/// entries, code vocabularies and a spatial grid per kind. Immutable and safe to share between threads;
/// when the directory or volunteering service reports a change, build a new snapshot and swap it in.
/// </summary>
public sealed class MatchingReadModel
{
    private readonly Dictionary<Guid, int> activityIndex = [];
    private readonly Dictionary<Guid, int> volunteerIndex = [];

    private MatchingReadModel(Taxonomy taxonomy, IEnumerable<ActivityCandidate> activities, IEnumerable<VolunteerCandidate> volunteers)
    {
        Terms = new TermIndex(taxonomy);
        Activities = [.. activities.Select(CompileActivity)];
        Volunteers = [.. volunteers.Select(CompileVolunteer)];
        ActivityGrid = new SpatialGrid(Activities);
        VolunteerGrid = new SpatialGrid(Volunteers);
    }

    public static MatchingReadModel Create(Taxonomy taxonomy, IEnumerable<ActivityCandidate> activities, IEnumerable<VolunteerCandidate> volunteers) =>
        new(taxonomy, activities, volunteers);

    public int ActivityCount => Activities.Length;
    public int VolunteerCount => Volunteers.Length;

    internal TermIndex Terms { get; }
    internal Vocabulary Languages { get; } = new();
    internal Vocabulary AccessibilityFeatures { get; } = new();
    internal Vocabulary EligibilityGroups { get; } = new();
    internal Vocabulary Districts { get; } = new();
    internal Vocabulary Roles { get; } = new();
    internal Vocabulary Trainings { get; } = new();
    internal ActivityEntry[] Activities { get; }
    internal VolunteerEntry[] Volunteers { get; }
    internal SpatialGrid ActivityGrid { get; }
    internal SpatialGrid VolunteerGrid { get; }

    /// <summary>Sessions with no language listed are taken to be run in English.</summary>
    private static readonly string[] DefaultLanguages = ["en"];

    internal IReadOnlyList<CandidateEntry> EntriesOf(CandidateKind kind) => EntryArrayOf(kind);

    /// <summary>The same entries as an array, so the hot loop reads them without an interface call.</summary>
    internal CandidateEntry[] EntryArrayOf(CandidateKind kind) => kind == CandidateKind.Activity ? Activities : Volunteers;

    internal SpatialGrid GridOf(CandidateKind kind) => kind == CandidateKind.Activity ? ActivityGrid : VolunteerGrid;

    internal CandidateEntry Find(CandidateKind kind, Guid id)
    {
        var index = kind == CandidateKind.Activity ? activityIndex : volunteerIndex;
        return index.TryGetValue(id, out var i) ? EntriesOf(kind)[i] : throw new UnknownCandidateException(kind, id);
    }

    private ActivityEntry CompileActivity(ActivityCandidate activity, int index)
    {
        var whose = $"Activity {activity.Id}";
        Register(activityIndex, activity.Id, index, whose);
        EnsureLocation(activity.Location, whose);
        if (activity.FreePlaces < 0)
        {
            throw new MatchingDomainException($"{whose} has {activity.FreePlaces} free places; capacity cannot be below zero.");
        }
        if (activity.CostPerSession < 0)
        {
            throw new MatchingDomainException($"{whose} costs {activity.CostPerSession} a session; cost cannot be below zero.");
        }
        if (activity.MinAge > activity.MaxAge)
        {
            throw new MatchingDomainException($"{whose} is for ages {activity.MinAge} to {activity.MaxAge}; the minimum is above the maximum.");
        }
        if (activity.Provider is { } p && !(IsShare(p.AnswerRate) && IsShare(p.AcceptanceRate) && p.MedianDaysToAnswer >= 0))
        {
            throw new MatchingDomainException($"{whose} has a provider record with rates outside 0..1 or negative days to answer.");
        }
        if (activity.Ratings is { } r && !(r.Count > 0 && r.Sum >= r.Count && r.Sum <= 5L * r.Count))
        {
            throw new MatchingDomainException($"{whose} has {r.Count} ratings summing to {r.Sum}; ratings are 1 to 5 each.");
        }
        return new ActivityEntry(index, activity)
        {
            Terms = Terms.AddAll(activity.TaxonomyTermIds),
            Languages = Languages.AddAll(activity.Languages.Count > 0 ? activity.Languages : DefaultLanguages),
            Times = WeeklySlots.From(activity.Sessions, whose, merge: false),
            AccessibilityFeatures = AccessibilityFeatures.AddAll(activity.AccessibilityFeatures),
            EligibilityGroups = EligibilityGroups.AddAll(activity.EligibilityGroups),
            AreaServed = Districts.AddAll(activity.AreaServedDistricts.Select(PostcodeDistrictKey.Normalise)),
        };
    }

    private VolunteerEntry CompileVolunteer(VolunteerCandidate volunteer, int index)
    {
        var whose = $"Volunteer {volunteer.Id}";
        Register(volunteerIndex, volunteer.Id, index, whose);
        EnsureLocation(volunteer.Location, whose);
        if (volunteer.CaseloadLimit < 0 || volunteer.CurrentCaseload < 0)
        {
            throw new MatchingDomainException($"{whose} has caseload {volunteer.CurrentCaseload} of limit {volunteer.CaseloadLimit}; neither can be below zero.");
        }
        if (volunteer.MaxTravelKm is { } km && !(km >= 0))
        {
            throw new MatchingDomainException($"{whose} travels up to {km} km; the distance cannot be below zero.");
        }
        // Keep the latest expiry per course, ordered by code id so the rule can binary-search it.
        var trainings = volunteer.Trainings
            .GroupBy(t => Trainings.Add(t.Code))
            .Select(g => (Code: g.Key, ValidUntil: g.Max(t => t.ValidUntil ?? DateOnly.MaxValue)))
            .OrderBy(t => t.Code)
            .ToArray();
        return new VolunteerEntry(index, volunteer)
        {
            Terms = Terms.AddAll(volunteer.InterestTermIds),
            Languages = Languages.AddAll(volunteer.Languages.Count > 0 ? volunteer.Languages : DefaultLanguages),
            Times = WeeklySlots.From(volunteer.Availability, whose, merge: false),
            Roles = Roles.AddAll(volunteer.Roles),
            TrainingCodes = [.. trainings.Select(t => t.Code)],
            TrainingValidUntil = [.. trainings.Select(t => t.ValidUntil)],
        };
    }

    private static void Register(Dictionary<Guid, int> index, Guid id, int position, string whose)
    {
        if (!index.TryAdd(id, position))
        {
            throw new MatchingDomainException($"{whose} is listed twice.");
        }
    }

    private static void EnsureLocation(GeoPoint location, string whose)
    {
        if (!location.IsValid)
        {
            throw new MatchingDomainException($"{whose} has no valid location ({location.Latitude}, {location.Longitude}).");
        }
    }

    private static bool IsShare(double value) => value is >= 0 and <= 1;
}
