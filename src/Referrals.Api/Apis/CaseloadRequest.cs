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

/// <summary>The caseload's search, filters, sort and page, from the query string; each is optional.</summary>
public sealed record CaseloadRequest(string? Q, string? Status, string? Urgency, bool? Overdue, string? Sort, int? Page, int? PageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public static readonly ReferralStatus[] OpenStatuses = [.. Enum.GetValues<ReferralStatus>().Where(s => s != ReferralStatus.Closed)];

    /// <summary>The parsed query, or a 400 with every field that is wrong.</summary>
    public (ReferralStatus? Status, Urgency? Urgency, CaseloadSort Sort, int Page, int PageSize) Validate()
    {
        var errors = new FieldErrors();
        ReferralStatus? status = null;
        if (!string.IsNullOrEmpty(Status))
        {
            errors.Check(Enum.TryParse<ReferralStatus>(Status, ignoreCase: true, out var s) && OpenStatuses.Contains(s), "status",
                $"A caseload holds open referrals: status is one of {string.Join(", ", OpenStatuses)}.");
            status = s;
        }
        Urgency? urgency = null;
        if (!string.IsNullOrEmpty(Urgency))
        {
            errors.Check(Enum.TryParse<Urgency>(Urgency, ignoreCase: true, out var u) && Enum.IsDefined(u), "urgency",
                $"Urgency is one of {string.Join(", ", Enum.GetNames<Urgency>())}.");
            urgency = u;
        }
        var sort = CaseloadSort.Attention;
        errors.Check(string.IsNullOrEmpty(Sort) || (Enum.TryParse(Sort, ignoreCase: true, out sort) && Enum.IsDefined(sort)), "sort",
            $"Sort is one of {string.Join(", ", Enum.GetNames<CaseloadSort>())}.");
        errors.Check(Page is null or >= 1, "page", "Pages start at 1.");
        errors.Check(PageSize is null or (>= 1 and <= MaxPageSize), "pageSize", $"A page holds 1 to {MaxPageSize} referrals.");
        errors.ThrowIfAny();
        return (status, urgency, sort, Page ?? 1, PageSize ?? DefaultPageSize);
    }
}
