namespace SocialPrescribing.Contracts.Http;

/// <summary>
/// One page of a list that can grow, as every service answers it: the page (from 1), how many a page holds, how many
/// there are in all, and the page's items (docs/conventions.md, "Paging").
/// </summary>
public sealed record Paged<T>(int TotalItems, int Page, int PerPage, IReadOnlyList<T> Items);
