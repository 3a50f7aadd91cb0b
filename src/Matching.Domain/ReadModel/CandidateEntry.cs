using SocialPrescribing.Matching.Domain.Profiles;

namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>A candidate compiled for the hot loop: codes as sorted int sets, position in radians, times as minutes of the week.</summary>
internal abstract class CandidateEntry(CandidateKind kind, int index, Guid id, string name, GeoPoint location)
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

    /// <summary>Places (activity) or caseload room (volunteer) free now.</summary>
    public abstract int FreeCapacity { get; }
}

internal sealed class ActivityEntry(int index, ActivityCandidate source)
    : CandidateEntry(CandidateKind.Activity, index, source.Id, source.Name, source.Location)
{
    public ActivityCandidate Source { get; } = source;
    public required int[] AccessibilityFeatures { get; init; }
    public required int[] EligibilityGroups { get; init; }
    public required int[] AreaServed { get; init; }
    public override int FreeCapacity => Source.FreePlaces;
}

internal sealed class VolunteerEntry(int index, VolunteerCandidate source)
    : CandidateEntry(CandidateKind.Volunteer, index, source.Id, source.Name, source.Location)
{
    public VolunteerCandidate Source { get; } = source;
    public required int[] Roles { get; init; }

    /// <summary>Training code ids, and the matching expiry (DateOnly.MaxValue for never).</summary>
    public required int[] TrainingCodes { get; init; }
    public required DateOnly[] TrainingValidUntil { get; init; }
    public override int FreeCapacity => Math.Max(0, Source.CaseloadLimit - Source.CurrentCaseload);
}
