namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>
/// Consent to share the person's details with one named provider. Withdrawal ends it from that
/// moment; what was shared before stays lawfully shared, so the record is kept, not deleted.
/// </summary>
public sealed record ConsentRecord(
    Guid ProviderId,
    string ProviderName,
    DateTimeOffset GivenAt,
    string RecordedBy,
    DateTimeOffset? WithdrawnAt = null,
    string? WithdrawnRecordedBy = null)
{
    public bool CoversInstant(DateTimeOffset at) => GivenAt <= at && (WithdrawnAt is null || at < WithdrawnAt);
}
