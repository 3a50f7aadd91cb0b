using System.Globalization;
using SocialPrescribing.Conventions;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Volunteer;

/// <summary>
/// "Your hours" as the volunteer narrowed it, from the address (a GET form, so it works without
/// JavaScript and the back button keeps it): organisation, status, month ("2026-11") and page.
/// Anything not understood is read as "any", never as an error.
/// </summary>
public sealed class HistoryFilterInput
{
    public const int PageSize = 10;

    /// <summary>The statuses a volunteer can pick, as the service spells them, in the words the page uses.</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> Statuses =
    [
        ("submitted", "Waiting for approval"),
        ("approved", "Approved"),
        ("rejected", "Not approved"),
        ("withdrawn", "Withdrawn"),
    ];

    public Guid? Organisation { get; set; }
    public string? Status { get; set; }
    public string? Month { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>The page asked for in the address, kept within what the service answers.</summary>
    public int PageNumber => Math.Clamp(Page, 1, PageQuery.MaxPage);

    public bool IsFiltered => ToFilter() is { OrganisationId: not null } or { Status: not null } or { Month: not null };

    public HourLogFilter ToFilter() => new(
        Organisation,
        Statuses.Any(s => s.Value == Status) ? Status : null,
        DateOnly.TryParseExact($"{Month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null);

    /// <summary>The last twelve months, this one first, as "2026-12" and "December 2026".</summary>
    public static IEnumerable<(string Value, string Text)> MonthsTo(DateOnly today) =>
        Enumerable.Range(0, 12)
            .Select(back => new DateOnly(today.Year, today.Month, 1).AddMonths(-back))
            .Select(m => (m.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.ToString("MMMM yyyy", CultureInfo.InvariantCulture)));

    /// <summary>The address of another page of the same list.</summary>
    public string LinkTo(int page) =>
        "/volunteer/hours?" + string.Join('&', new[]
        {
            Organisation is { } o ? $"organisation={o}" : null,
            Status is { Length: > 0 } s ? $"status={Uri.EscapeDataString(s)}" : null,
            Month is { Length: > 0 } m ? $"month={Uri.EscapeDataString(m)}" : null,
            $"pageNumber={page}",
        }.Where(p => p is not null));
}
