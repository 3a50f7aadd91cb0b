using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Matching.Domain.ReadModel;

/// <summary>
/// A person's profile compiled against one read model: codes as the model's int ids, needs expanded to the
/// terms that count for them, free times merged. Holds scratch space, so one query serves one thread.
/// </summary>
internal sealed class PersonQuery
{
    /// <summary>By term id, the row of <see cref="credits"/> for the term, or -1 when it counts for no need (an array: it is read for every candidate term).</summary>
    private readonly int[] creditRowByTerm;
    private readonly double[] credits;
    private readonly double[] bestPerNeed;

    public PersonQuery(PersonProfile profile, MatchingReadModel model, MatchingConfiguration configuration, DateTimeOffset now)
    {
        Validate(profile);
        Profile = profile;
        Location = profile.Location!.Value;
        LatitudeRadians = GeoPoint.ToRadians(Location.Latitude);
        LongitudeRadians = GeoPoint.ToRadians(Location.Longitude);
        CosLatitude = Math.Cos(LatitudeRadians);
        Needs = [.. profile.NeedTermIds.Select(model.Terms.Terms.Find).Where(t => t >= 0).Distinct()];
        NeedCount = profile.NeedTermIds.Distinct(StringComparer.OrdinalIgnoreCase).Count();
        creditRowByTerm = new int[model.Terms.Terms.Count];
        Array.Fill(creditRowByTerm, -1);
        credits = BuildCredits(model.Terms);
        NeedTermMask = Scoring.NeedsPart.MaskOf(Enumerable.Range(0, creditRowByTerm.Length).Where(term => creditRowByTerm[term] >= 0));
        bestPerNeed = new double[NeedCount];
        Languages = model.Languages.FindAll(profile.Languages);
        PreferredLanguage = profile.Languages.Count > 0 ? model.Languages.Find(profile.Languages[0]) : -1;
        AccessibilityNeeds = model.AccessibilityFeatures.FindAll(profile.AccessibilityNeeds);
        EligibilityGroups = model.EligibilityGroups.FindAll(profile.EligibilityGroups);
        District = profile.PostcodeDistrict is { } d ? model.Districts.Find(PostcodeDistrictKey.Normalise(d)) : -1;
        FreeTimes = WeeklySlots.From(profile.FreeTimes, $"Referral {profile.ReferralId}", merge: true);
        DeprivationDecile = profile.DeprivationDecile ?? configuration.Deprivation.DecileOf(profile.PostcodeDistrict);
        DaysWaited = Math.Max(0, (now - profile.WaitingSince).TotalDays);
        Today = DateOnly.FromDateTime(now.UtcDateTime);
        Role = model.Roles.Find(profile.VolunteerRole);
        RoleRequirement = configuration.RoleRequirements.For(profile.VolunteerRole);
        RequiredTrainings = model.Trainings.FindAll(RoleRequirement.RequiredTrainings);
        Connected = [.. profile.ConnectedCandidateIds];
    }

    public PersonProfile Profile { get; }
    public GeoPoint Location { get; }
    public double LatitudeRadians { get; }
    public double LongitudeRadians { get; }
    public double CosLatitude { get; }

    /// <summary>Need term ids known to the model (a need no candidate or taxonomy term has can never match).</summary>
    public int[] Needs { get; }

    /// <summary>The terms that give any need credit, as <see cref="Scoring.NeedsPart.MaskOf"/> sets them.</summary>
    public ulong NeedTermMask { get; }

    /// <summary>All the person's distinct needs, including unknown ones, which count as unmet.</summary>
    public int NeedCount { get; }

    public int[] Languages { get; }
    public int PreferredLanguage { get; }
    public int[] AccessibilityNeeds { get; }
    public int[] EligibilityGroups { get; }
    public int District { get; }
    public WeeklySlots FreeTimes { get; }
    public int? DeprivationDecile { get; }
    public double DaysWaited { get; }
    public DateOnly Today { get; }
    public int Role { get; }
    public RoleRequirement RoleRequirement { get; }
    public int[] RequiredTrainings { get; }
    public double MaxTravelKm => Profile.MaxTravelKm;

    /// <summary>Candidates the person already has or had a connection to.</summary>
    public HashSet<Guid> Connected { get; }

    public double DistanceKmTo(CandidateEntry candidate) =>
        GeoPoint.HaversineKm(LatitudeRadians, LongitudeRadians, CosLatitude, candidate.LatitudeRadians, candidate.LongitudeRadians, candidate.CosLatitude);

    /// <summary>
    /// Fills the best credit each known need gets from the candidate's terms (1 for the term itself, less for a
    /// narrower term) and returns their sum; the caller divides by <see cref="NeedCount"/>.
    /// </summary>
    public double SumOfBestNeedCredits(int[] candidateTerms, Span<double> bestPerNeedOut)
    {
        bestPerNeedOut.Clear();
        foreach (var term in candidateTerms)
        {
            var row = creditRowByTerm[term];
            if (row >= 0)
            {
                var rowCredits = credits.AsSpan(row * Needs.Length, Needs.Length);
                for (var n = 0; n < rowCredits.Length; n++)
                {
                    bestPerNeedOut[n] = Math.Max(bestPerNeedOut[n], rowCredits[n]);
                }
            }
        }
        var sum = 0.0;
        foreach (var credit in bestPerNeedOut)
        {
            sum += credit;
        }
        return sum;
    }

    /// <summary>Scratch for <see cref="SumOfBestNeedCredits"/> on the hot path.</summary>
    public Span<double> NeedScratch => bestPerNeed.AsSpan(0, Needs.Length);

    private double[] BuildCredits(TermIndex terms)
    {
        var rows = new List<double[]>();
        for (var n = 0; n < Needs.Length; n++)
        {
            foreach (var (term, credit) in terms.WithDescendants(Needs[n]))
            {
                var row = creditRowByTerm[term];
                if (row < 0)
                {
                    row = creditRowByTerm[term] = rows.Count;
                    rows.Add(new double[Needs.Length]);
                }
                rows[row][n] = Math.Max(rows[row][n], credit);
            }
        }
        return [.. rows.SelectMany(r => r)];
    }

    private static void Validate(PersonProfile profile)
    {
        var whose = $"Referral {profile.ReferralId}";
        if (profile.Location is not { IsValid: true })
        {
            throw new MatchingDomainException($"{whose} has no location; record a postcode or address so distances can be worked out.");
        }
        if (!double.IsFinite(profile.MaxTravelKm) || profile.MaxTravelKm <= 0)
        {
            throw new MatchingDomainException($"{whose} travels up to {profile.MaxTravelKm} km; the travel limit must be above zero.");
        }
        if (profile.Age is < 0 or > 130)
        {
            throw new MatchingDomainException($"{whose} has age {profile.Age}, which is not a possible age.");
        }
        if (profile.MaxCostPerSession < 0)
        {
            throw new MatchingDomainException($"{whose} can pay {profile.MaxCostPerSession} a session; use 0 for free activities only.");
        }
        if (profile.DeprivationDecile is { } decile)
        {
            if (!DeprivationTable.IsDecile(decile))
            {
                throw new MatchingDomainException($"Deprivation decile {decile} for {whose} is outside 1 (most deprived) to 10 (least).");
            }
        }
    }
}
