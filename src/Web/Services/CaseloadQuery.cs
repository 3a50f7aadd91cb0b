namespace SocialPrescribing.Web.Services;

/// <summary>The caseload's search, filters, sort and page, as the referrals service takes them.</summary>
public sealed record CaseloadQuery(string? Q = null, string? Status = null, string? Urgency = null, bool? Overdue = null, string? Sort = null, int Page = 1);
