namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>
/// One period of consent: to the service itself (<see cref="ProviderId"/> null) or to share the
/// person's details with one named provider. Withdrawal ends it from that moment and is written
/// once beside the giving, never over it: what was shared before stays lawfully shared, so the
/// record is kept, and consent given again starts a new record.
/// </summary>
/// <param name="Method">Null only on records kept from before the method was asked for.</param>
public sealed record ConsentRecord(
    Guid? ProviderId,
    string? ProviderName,
    DateTimeOffset GivenAt,
    string RecordedBy,
    DateTimeOffset? WithdrawnAt = null,
    string? WithdrawnRecordedBy = null,
    ConsentMethod? Method = null,
    ConsentMethod? WithdrawnMethod = null)
{
    public bool IsToTheService => ProviderId is null;

    public bool CoversInstant(DateTimeOffset at) => GivenAt <= at && (WithdrawnAt is null || at < WithdrawnAt);
}
