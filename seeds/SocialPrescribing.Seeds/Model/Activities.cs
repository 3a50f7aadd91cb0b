namespace SocialPrescribing.Seeds.Model;

/// <summary>A place where activities happen (HSDS "location").</summary>
/// <param name="Postcode">Full postcode, e.g. "DY4 8QT"; its district is <see cref="PostcodeDistrict"/>.</param>
/// <param name="Latitude">Set by the synthetic generator; null in demo data, where the directory geocodes the postcode.</param>
public sealed record LocationSeed(
    string Id,
    string OrganisationId,
    string Name,
    string Description,
    IReadOnlyList<string> AddressLines,
    string Town,
    string Postcode,
    double? Latitude = null,
    double? Longitude = null)
{
    public string PostcodeDistrict => Postcodes.DistrictOf(Postcode);
}

/// <summary>Something an organisation offers (HSDS "service"), with when, where and for whom.</summary>
/// <param name="AreaServed">Postcode districts served; empty means anyone who can get there.</param>
/// <param name="Languages">ISO 639 codes, e.g. "en", "pa", "bfi" (British Sign Language).</param>
/// <param name="AccessibilityFeatures">Codes from <see cref="AccessibilityCodes"/>.</param>
/// <param name="Capacity">Null when the activity takes everyone who comes.</param>
/// <param name="LocationIds">Empty for activities at home or by phone.</param>
/// <param name="LastChecked">When the organisation last confirmed the listing; older than six months shows as stale.</param>
public sealed record ActivitySeed(
    string Id,
    string OrganisationId,
    string Name,
    string Description,
    IReadOnlyList<string> NeedTermIds,
    IReadOnlyList<string> ActivityTypeTermIds,
    EligibilitySeed Eligibility,
    IReadOnlyList<string> AreaServed,
    CostSeed Cost,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> AccessibilityFeatures,
    ReferralMode ReferralMode,
    CapacitySeed? Capacity,
    IReadOnlyList<string> LocationIds,
    IReadOnlyList<ScheduleSeed> Schedules,
    DateOnly LastChecked,
    ContactSeed? Contact = null);

/// <param name="Groups">If not empty, only people in one of these groups may join (e.g. "carer", "women").</param>
public sealed record EligibilitySeed(int? MinAge, int? MaxAge, string WhoItIsFor, IReadOnlyList<string> Groups);

/// <summary>Free, or an amount in a currency per something ("session", "course", "meal").</summary>
public sealed record CostSeed(bool Free, decimal? Amount = null, string? Currency = null, string? Per = null, string? Note = null)
{
    public static CostSeed NoCharge { get; } = new(true);
}

public sealed record CapacitySeed(CapacityBasis Basis, int Places);

/// <summary>
/// When an activity runs, in RFC 5545 terms: a WEEKLY or MONTHLY rule (BYDAY "TU", "2WE", "-1FR")
/// valid between two dates, or a ONCE session on <see cref="Date"/>.
/// </summary>
public sealed record ScheduleSeed(
    ScheduleFrequency Freq,
    TimeOnly OpensAt,
    TimeOnly ClosesAt,
    int Interval = 1,
    IReadOnlyList<string>? ByDay = null,
    DateOnly? ValidFrom = null,
    DateOnly? ValidTo = null,
    DateOnly? Date = null,
    string? Description = null);

public enum ReferralMode
{
    /// <summary>The link worker tells the person about it; they go along themselves.</summary>
    Signpost,

    /// <summary>The link worker sends a connection request that the group accepts or declines.</summary>
    Direct,
}

public enum CapacityBasis
{
    PerSession,
    Overall,
}

public enum ScheduleFrequency
{
    Weekly,
    Monthly,
    Once,
}
