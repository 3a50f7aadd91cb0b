using SocialPrescribing.Volunteering.Domain.Sroi;

namespace SocialPrescribing.Volunteering.Model;

/// <summary>
/// One version of a valuation set, never changed once written: a commissioner's edit adds the next
/// version, so a report naming (id, version) can always be recomputed.
/// </summary>
public sealed class StoredValuationSet
{
    public Guid Id { get; init; }
    public int Version { get; init; }
    public required ValuationSet Set { get; init; }
    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
