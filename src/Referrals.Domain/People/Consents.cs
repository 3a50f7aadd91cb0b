using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>The person's consents to share, oldest first; the one place that answers "may we share?".</summary>
public sealed class Consents
{
    private readonly List<ConsentRecord> _records;

    public Consents(IEnumerable<ConsentRecord>? records = null) => _records = [.. records ?? []];

    public IReadOnlyList<ConsentRecord> Records => _records;

    public bool MayShareWith(Guid providerId, DateTimeOffset at) =>
        _records.Any(r => r.ProviderId == providerId && r.CoversInstant(at));

    public ConsentRecord Give(Guid providerId, string providerName, DateTimeOffset at, string recordedBy)
    {
        if (Current(providerId) is not null)
        {
            throw new DomainException($"Consent to share with {providerName} is already in place.", "providerId");
        }
        var record = new ConsentRecord(
            providerId,
            Text.Required(providerName, "providerName", "The provider's name"),
            at,
            Text.Required(recordedBy, "recordedBy", "Who recorded the consent"));
        _records.Add(record);
        return record;
    }

    public ConsentRecord Withdraw(Guid providerId, DateTimeOffset at, string recordedBy)
    {
        var current = Current(providerId)
            ?? throw new DomainException("There is no consent in place with this provider to withdraw.", "providerId");
        if (at < current.GivenAt)
        {
            throw new DomainException("Consent cannot be withdrawn before it was given.", "withdrawnAt");
        }
        var withdrawn = current with
        {
            WithdrawnAt = at,
            WithdrawnRecordedBy = Text.Required(recordedBy, "recordedBy", "Who recorded the withdrawal"),
        };
        _records[_records.IndexOf(current)] = withdrawn;
        return withdrawn;
    }

    private ConsentRecord? Current(Guid providerId) =>
        _records.LastOrDefault(r => r.ProviderId == providerId && r.WithdrawnAt is null);
}
