using SocialPrescribing.CommunityDirectory.Application;
using SocialPrescribing.Contracts.Http.Directory;
using SocialPrescribing.Seeds;
using SocialPrescribing.Seeds.Model;
using CapacityBasis = SocialPrescribing.Contracts.Http.Directory.CapacityBasis;
using ReferralMode = SocialPrescribing.Contracts.Http.Directory.ReferralMode;
using ScheduleFrequency = SocialPrescribing.Contracts.Http.Directory.ScheduleFrequency;
using SeedCapacityBasis = SocialPrescribing.Seeds.Model.CapacityBasis;
using SeedFrequency = SocialPrescribing.Seeds.Model.ScheduleFrequency;
using SeedReferralMode = SocialPrescribing.Seeds.Model.ReferralMode;

namespace SocialPrescribing.CommunityDirectory.Seeding;

/// <summary>
/// Seed records turned into the very requests a VCSE client sends, so demo and load-test data pass
/// the same validation and commands as real listings.
/// </summary>
public static class SeedRequests
{
    public static OrganisationRequest Organisation(OrganisationSeed o) =>
        new(o.Name, o.Description, o.CharityNumber, o.CompanyNumber, o.Email, o.Website, o.Phone);

    public static LocationRequest Location(LocationSeed l) =>
        new(l.Name, l.Description, l.AddressLines.FirstOrDefault() ?? l.Name, l.Town, string.Join(", ", l.AddressLines.Skip(1)), l.Postcode);

    public static ActivityRequest Activity(ActivitySeed a)
    {
        var eligibility = a.Eligibility;
        var whoItIsFor = eligibility.Groups.Count == 0
            ? eligibility.WhoItIsFor
            : $"{eligibility.WhoItIsFor} (only: {string.Join(", ", eligibility.Groups)})";
        return new ActivityRequest(
            a.Name,
            a.Description,
            Url: null,
            Email: null,
            Needs: a.NeedTermIds.Select(Id).ToList(),
            ActivityTypes: a.ActivityTypeTermIds.Select(Id).ToList(),
            eligibility.MinAge,
            eligibility.MaxAge,
            whoItIsFor,
            a.AreaServed.Count == 0 ? null : $"Postcode districts {string.Join(", ", a.AreaServed)}",
            a.Cost.Free ? [] : [new CostOptionRequest(a.Cost.Per is null ? "Per session" : $"Per {a.Cost.Per}", a.Cost.Amount, a.Cost.Currency, a.Cost.Note)],
            a.Languages,
            a.AccessibilityFeatures,
            a.ReferralMode == SeedReferralMode.Direct ? ReferralMode.DirectReferral : ReferralMode.SignpostOnly,
            a.Capacity?.Basis == SeedCapacityBasis.PerSession ? CapacityBasis.PerSession : CapacityBasis.Overall,
            a.Capacity?.Places,
            a.Contact is { } c ? new ContactRequest(c.Name, c.Email, c.Phone) : null,
            a.LocationIds.Select(SeedIds.ToGuid).ToList(),
            a.Schedules.Select(Schedule).ToList());
    }

    /// <summary>The stable GUID of a seed id, as the APIs accept it for a taxonomy term.</summary>
    private static string Id(string seedId) => SeedIds.ToGuid(seedId).ToString();

    private static ScheduleRequest Schedule(ScheduleSeed s) => new(
        s.Freq switch
        {
            SeedFrequency.Weekly => ScheduleFrequency.Weekly,
            SeedFrequency.Monthly => ScheduleFrequency.Monthly,
            _ => ScheduleFrequency.Once,
        },
        s.Interval,
        s.ByDay,
        null,
        s.ValidFrom,
        s.ValidTo,
        s.Date,
        s.OpensAt,
        s.ClosesAt,
        s.Description);
}
