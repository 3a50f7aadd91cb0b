namespace SocialPrescribing.CommunityDirectory.Apis.Vcse;

// What the VCSE API returns: the same shape it accepts, plus what the directory adds
// (ids, status, places left, staleness), so a client can GET, change and PUT back. Activities' shapes are the
// shared contract's (Contracts/Http/Directory).

public sealed record OrganisationResponse(
    Guid Id, string Name, string Description, string? CharityNumber, string? CompanyNumber,
    string? Email, string? Website, string? Phone, DateTimeOffset ModifiedAt)
{
    public static OrganisationResponse From(Organisation o) =>
        new(o.Id, o.Name, o.Description, o.CharityNumber, o.CompanyNumber, o.Email, o.Website, o.Phone, o.ModifiedAt);
}

public sealed record LocationResponse(
    Guid Id, string Name, string Description, string AddressLine1, string City, string? Region,
    string Postcode, string PostcodeDistrict, double Latitude, double Longitude, DateTimeOffset ModifiedAt)
{
    public static LocationResponse From(Location l) =>
        new(l.Id, l.Name, l.Description, l.AddressLine1, l.City, l.Region, l.Postcode, l.PostcodeDistrict, l.Latitude, l.Longitude, l.ModifiedAt);
}

/// <summary>An activity as the VCSE API answers it, in the shared contract's shape.</summary>
public static class ActivityResponses
{
    extension(ActivityResponse)
    {
        public static ActivityResponse From(Activity a, TaxonomySnapshot taxonomy, DateTimeOffset now) => new(
            a.Id, a.OrganisationId, a.Name, a.Description, a.Url, a.Email, a.Status,
            Codes(a.NeedTermIds, taxonomy), Codes(a.ActivityTypeTermIds, taxonomy),
            a.MinimumAge, a.MaximumAge, a.WhoItIsFor, a.AreaServed,
            [.. a.CostOptions.Select(c => new CostOptionResponse(c.Option, c.Amount, c.Currency, c.AmountDescription, c.IsFree))],
            a.IsFree, a.Languages, a.AccessibilityFeatures,
            a.ReferralMode, a.CapacityBasis, a.TotalPlaces, a.FreePlaces,
            new ContactRequest(a.ContactName, a.ContactEmail, a.ContactPhone),
            a.Locations.Select(l => l.LocationId).ToList(),
            a.Schedules.Select(s => new ScheduleRequest(
                s.Frequency, s.Interval, Split(s.ByDay), Split(s.ByMonthDay).Select(int.Parse).ToList(),
                s.ValidFrom, s.ValidTo, s.Date, s.OpensAt, s.ClosesAt, s.Description)).ToList(),
            a.LastCheckedAt, a.IsStale(now), a.ModifiedAt);
    }

    private static List<string> Codes(IEnumerable<Guid> termIds, TaxonomySnapshot taxonomy) =>
        termIds.Select(id => taxonomy.Term(id)?.Code ?? id.ToString()).ToList();

    private static List<string> Split(string? list) => list?.Split(',').ToList() ?? [];
}
