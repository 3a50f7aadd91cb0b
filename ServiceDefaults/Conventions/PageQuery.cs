using SocialPrescribing.DomainErrors;

namespace SocialPrescribing.Conventions;

/// <summary>
/// The page a list's caller asks for with <c>page</c> (from 1) and <c>perPage</c>, the same two names in every
/// service: out of range is a 400 naming each, never a silent clamp.
/// </summary>
public sealed record PageQuery(int Page, int PerPage)
{
    /// <summary>The last page any list can have: beyond it (page − 1) × perPage could overflow, and no list is that long.</summary>
    public const int MaxPage = 1_000_000;

    public int Skip => (Page - 1) * PerPage;

    /// <param name="what">What the list holds, for the message ("referrals", "logs").</param>
    public static PageQuery Of(int? page, int? perPage, int defaultPerPage, int maxPerPage, string what)
    {
        var errors = new FieldErrors();
        var asked = Check(errors, page, perPage, defaultPerPage, maxPerPage, what);
        errors.ThrowIfAny();
        return asked;
    }

    /// <summary>As <see cref="Of"/>, adding to <paramref name="errors"/> a list checks with its other query values, so one 400 names them all.</summary>
    public static PageQuery Check(FieldErrors errors, int? page, int? perPage, int defaultPerPage, int maxPerPage, string what)
    {
        errors.Check(page is null or (>= 1 and <= MaxPage), "page", $"Pages start at 1 (and go up to {MaxPage}).");
        errors.Check(perPage is null || (perPage >= 1 && perPage <= maxPerPage), "perPage", $"A page holds 1 to {maxPerPage} {what}.");
        return new PageQuery(page ?? 1, perPage ?? defaultPerPage);
    }
}
