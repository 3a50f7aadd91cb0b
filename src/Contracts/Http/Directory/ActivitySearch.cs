namespace SocialPrescribing.Contracts.Http.Directory;

// The link workers' search of published activities (the directory's /api/search/activities).

public sealed record ActivitySearchResponse(int TotalItems, int Page, int PerPage, IReadOnlyList<ActivitySearchResult> Items);

/// <param name="Needs">The needs' names (not codes), as a link worker reads them.</param>
/// <param name="Places">Each place as "name, postcode".</param>
/// <param name="When">Each schedule said in words.</param>
public sealed record ActivitySearchResult(
    Guid Id,
    string Name,
    string Description,
    Guid OrganisationId,
    string OrganisationName,
    double? DistanceMetres,
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> ActivityTypes,
    bool IsFree,
    int? FreePlaces,
    ReferralMode ReferralMode,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> AccessibilityFeatures,
    int? MinimumAge,
    int? MaximumAge,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> When,
    bool Stale,
    DateTimeOffset LastCheckedAt);
