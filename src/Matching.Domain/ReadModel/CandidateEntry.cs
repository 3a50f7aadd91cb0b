using SocialPrescribing.Matching.Domain.Profiles;

namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>
/// A candidate compiled for the hot loop: codes as sorted int sets, position in radians, times as minutes of the week.
/// What the hot checks read of the source record is copied here, so they do not reach through to it; the record is
/// immutable and a change means a new read model, so the copies cannot go stale.
/// </summary>
internal abstract class CandidateEntry(CandidateKind kind, int index, Guid id, string name, GeoPoint location, int freeCapacity, double? ownMaxTravelKm)
{
    public CandidateKind Kind { get; } = kind;
    public int Index { get; } = index;
    public Guid Id { get; } = id;
    public string Name { get; } = name;
    public GeoPoint Location { get; } = location;
    public double LatitudeRadians { get; } = GeoPoint.ToRadians(location.Latitude);
    public double LongitudeRadians { get; } = GeoPoint.ToRadians(location.Longitude);
    public double CosLatitude { get; } = Math.Cos(GeoPoint.ToRadians(location.Latitude));
    public required int[] Terms { get; init; }
    public required int[] Languages { get; init; }
    public required WeeklySlots Times { get; init; }

    /// <summary>Places (activity) or caseload room (volunteer) free when the read model was built.</summary>
    public int FreeCapacity { get; } = freeCapacity;

    /// <summary>Furthest the candidate itself will travel (volunteers only); null for no limit of its own.</summary>
    public double? OwnMaxTravelKm { get; } = ownMaxTravelKm;
}

internal sealed class ActivityEntry(int index, ActivityCandidate source)
    : CandidateEntry(CandidateKind.Activity, index, source.Id, source.Name, source.Location, source.FreePlaces, ownMaxTravelKm: null)
{
    public ActivityCandidate Source { get; } = source;

    /// <summary>The age range, open ends as int.MinValue and int.MaxValue.</summary>
    public int MinAge { get; } = source.MinAge ?? int.MinValue;
    public int MaxAge { get; } = source.MaxAge ?? int.MaxValue;
    public decimal CostPerSession { get; } = source.CostPerSession;
    public bool InterpreterAvailable { get; } = source.InterpreterAvailable;
    public required int[] AccessibilityFeatures { get; init; }
    public required int[] EligibilityGroups { get; init; }
    public required int[] AreaServed { get; init; }
}

internal sealed class VolunteerEntry(int index, VolunteerCandidate source)
    : CandidateEntry(CandidateKind.Volunteer, index, source.Id, source.Name, source.Location,
        Math.Max(0, source.CaseloadLimit - source.CurrentCaseload), source.MaxTravelKm)
{
    public VolunteerCandidate Source { get; } = source;
    public required int[] Roles { get; init; }

    /// <summary>Training code ids, and the matching expiry (DateOnly.MaxValue for never).</summary>
    public required int[] TrainingCodes { get; init; }
    public required DateOnly[] TrainingValidUntil { get; init; }
}
