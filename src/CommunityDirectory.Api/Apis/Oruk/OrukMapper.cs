using System.Globalization;

namespace SocialPrescribing.CommunityDirectory.Apis.Oruk;

/// <summary>Maps the directory's model onto ORUK's. One mapping serves lists and single items, so they never disagree.</summary>
public sealed class OrukMapper(TaxonomySnapshot taxonomy, DateTimeOffset now)
{
    public OrukService Service(Activity a, bool withLocations = true)
    {
        var cost = a.CostOptions.Select((c, i) => new OrukCostOption(DerivedIds.For(a.Id, $"cost/{i}"), a.Id, c.Option, c.Amount, c.Currency, c.AmountDescription)).ToList();
        return new OrukService(
            a.Id,
            a.OrganisationId,
            a.Name,
            a.Description,
            a.Url,
            a.Email,
            a.Status == ActivityStatus.Published ? "active" : "inactive",
            a.IsFree ? "Free" : string.Join("; ", cost.Select(c => c.Amount is { } amount ? $"{c.Option}: {amount.ToString("0.00", CultureInfo.InvariantCulture)} {c.Currency}" : c.Option)),
            a.MinimumAge,
            a.MaximumAge,
            a.LastCheckedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            a.IsStale(now) ? $"This listing has not been checked since {a.LastCheckedAt:d MMMM yyyy}; confirm the details with the organisation." : null,
            a.ModifiedAt,
            a.Schedules.Select(s => Schedule(a.Id, s)).ToList(),
            a.AreaServed is null ? [] : [new OrukServiceArea(DerivedIds.For(a.Id, "area"), a.Id, a.AreaServed, a.AreaServed)],
            withLocations ? a.Locations.Select(l => ServiceAtLocation(a, l, withService: false)).ToList() : null,
            a.Languages.Select(code => new OrukLanguage(DerivedIds.For(a.Id, $"language/{code}"), a.Id, code)).ToList(),
            a.Organisation is null ? null : Organization(a.Organisation, services: null),
            cost,
            a.ContactName is null && a.ContactEmail is null && a.ContactPhone is null
                ? []
                : [new OrukContact(DerivedIds.For(a.Id, "contact"), a.Id, a.ContactName, a.ContactEmail, a.ContactPhone)],
            a.NeedTermIds.Concat(a.ActivityTypeTermIds)
                .Select(taxonomy.Term).OfType<TaxonomyTerm>()
                .Select(t => new OrukAttribute(DerivedIds.For(a.Id, $"attribute/{t.Id}"), a.Id, t.Id, "service", Term(t)))
                .ToList(),
            new OrukEligibility(a.WhoItIsFor),
            a.ReferralMode == ReferralMode.DirectReferral ? "direct-referral" : "signpost-only",
            a.TotalPlaces,
            a.FreePlaces);
    }

    public OrukServiceAtLocation ServiceAtLocation(Activity a, ActivityLocation link, bool withService) => new(
        link.Id, a.Id, link.LocationId, Location(link.Location!, a.AccessibilityFeatures), withService ? Service(a, withLocations: false) : null);

    public OrukOrganization Organization(Organisation o, IReadOnlyList<OrukService>? services) => new(
        o.Id,
        o.Name,
        o.Description,
        o.Email,
        o.Website,
        new[] { ("GB-CHC", "Charity number", o.CharityNumber), ("GB-COH", "Company number", o.CompanyNumber) }
            .Where(i => i.Item3 is not null)
            .Select(i => new OrukOrganizationIdentifier(DerivedIds.For(o.Id, i.Item1), o.Id, i.Item1, i.Item2, i.Item3!))
            .ToList(),
        services);

    public OrukTaxonomy Taxonomy(Taxonomy t, bool withTerms) => new(
        t.Id, t.Name, t.Description, t.Version,
        withTerms ? taxonomy.Terms.Where(term => term.TaxonomyId == t.Id).Select(Term).ToList() : null);

    public OrukTaxonomyTerm Term(TaxonomyTerm t) =>
        new(t.Id, t.Name, t.Description, t.ParentId, taxonomy.Taxonomy(t.TaxonomyId)?.Name, t.TaxonomyId, t.Code);

    private static OrukLocation Location(Location l, IReadOnlyList<string> accessibility) => new(
        l.Id,
        "physical",
        l.Name,
        l.Description,
        l.Latitude,
        l.Longitude,
        [new OrukAddress(DerivedIds.For(l.Id, "address"), l.Id, l.AddressLine1, l.City, l.Region, l.Region ?? "", l.Postcode, "GB", "physical")],
        accessibility.Select(code => new OrukAccessibility(DerivedIds.For(l.Id, $"accessibility/{code}"), l.Id, AccessibilityFeatures.Descriptions[code], code)).ToList());

    private static OrukSchedule Schedule(Guid serviceId, ActivitySchedule s)
    {
        var once = s.Frequency == ScheduleFrequency.Once;
        return new OrukSchedule(
            s.Id,
            serviceId,
            Date(once ? s.Date : s.ValidFrom),
            Date(once ? s.Date : s.ValidTo),
            Date(once ? s.Date : s.ValidFrom),
            once ? null : s.Frequency.ToString().ToUpperInvariant(),
            once ? null : s.Interval,
            s.ByDay,
            s.ByMonthDay,
            s.Description ?? ScheduleText.Describe(s),
            s.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            s.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            "in person");
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
