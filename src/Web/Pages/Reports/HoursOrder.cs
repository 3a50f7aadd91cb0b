using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Reports;

/// <summary>How the hours report's rows are ordered: by organisation name (the default) or by approved hours, most first.</summary>
public static class HoursOrder
{
    public const string Organisation = "organisation";
    public const string Approved = "approved";

    public static IReadOnlyList<(string Value, string Text)> Choices { get; } =
    [
        (Organisation, "Organisation name, A to Z"),
        (Approved, "Approved hours, most first"),
    ];

    public static IReadOnlyList<OrganisationHoursRow> Sort(IEnumerable<OrganisationHoursRow> rows, IReadOnlyDictionary<Guid, string> names, string? order) =>
        order == Approved
            ? [.. rows.OrderByDescending(r => r.ApprovedMinutes).ThenBy(r => names[r.OrganisationId], StringComparer.CurrentCultureIgnoreCase)]
            : [.. rows.OrderBy(r => names[r.OrganisationId], StringComparer.CurrentCultureIgnoreCase)];
}
