using SocialPrescribing.Referrals.Domain.Common;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>How a caseload is sorted.</summary>
public enum CaseloadSort
{
    /// <summary>Overdue first (safeguarding concerns first among them), then the longest waiting.</summary>
    Attention,
    Received,
    Name,
    /// <summary>Longest since anyone last did something with the person first.</summary>
    LastContact,
    Urgency,
}

/// <summary>The caseload's search, filters, sort and page, from the query string; each is optional. Values are kebab-case, as in the answers ("awaiting-triage", "last-contact").</summary>
public sealed record CaseloadRequest(string? Q, string? Status, string? Urgency, bool? Overdue, string? Sort, int? Page, int? PerPage)
{
    public const int DefaultPerPage = 25;
    public const int MaxPerPage = 100;

    public static readonly ReferralStatus[] OpenStatuses = [.. Enum.GetValues<ReferralStatus>().Where(s => s != ReferralStatus.Closed)];

    /// <summary>The parsed query, or a 400 with every field that is wrong.</summary>
    public (ReferralStatus? Status, Urgency? Urgency, CaseloadSort Sort, PageQuery Page) Validate()
    {
        var errors = new FieldErrors();
        var status = errors.Optional("status", Status, OpenStatuses);
        var urgency = errors.Optional<Urgency>("urgency", Urgency);
        var sort = errors.Optional<CaseloadSort>("sort", Sort) ?? CaseloadSort.Attention;
        var page = PageQuery.Check(errors, Page, PerPage, DefaultPerPage, MaxPerPage, "referrals");
        errors.ThrowIfAny();
        return (status, urgency, sort, page);
    }
}
