using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.People;

/// <summary>
/// The person's consents, oldest first: to the service, and to share with each provider. The one
/// place that answers "may we share?" and "may we do more for them?".
/// </summary>
public sealed class Consents
{
    private readonly List<ConsentRecord> _records;

    public Consents(IEnumerable<ConsentRecord>? records = null) => _records = [.. records ?? []];

    public IReadOnlyList<ConsentRecord> Records => _records;

    /// <summary>
    /// The person said they no longer want the service: nothing new is started or shared for them
    /// and their open referral can only be closed. Never having recorded it (people registered
    /// before consent was stored) is not a withdrawal.
    /// </summary>
    public bool ServiceWithdrawn => _records.LastOrDefault(r => r.IsToTheService) is { WithdrawnAt: not null };

    public bool MayShareWith(Guid providerId, DateTimeOffset at) =>
        !ServiceWithdrawn && _records.Any(r => r.ProviderId == providerId && r.CoversInstant(at));

    /// <summary>Refuses, naming what to record, a step that would share the person's details with the provider.</summary>
    public void EnsureMayShareWith(Guid providerId, DateTimeOffset at)
    {
        EnsureServiceNotWithdrawn();
        if (!MayShareWith(providerId, at))
        {
            throw new DomainException(
                "The person has not agreed to share their details with the organisation that answers this request. Record their consent to share with it before sending the request.", "consent");
        }
    }

    public void EnsureServiceNotWithdrawn()
    {
        if (ServiceWithdrawn)
        {
            throw new DomainException(
                "The person has withdrawn their consent to the service: their referral can only be closed. Record their consent again if they change their mind.", "consent");
        }
    }

    /// <summary>A new referral needs consent to the service: given with it now, or still in place from before.</summary>
    public void AgreeToReferral(ConsentMethod? method, DateTimeOffset at, string recordedBy)
    {
        if (method is not null && Current(null) is null)
        {
            GiveToService(method, at, recordedBy);
        }
        EnsureServiceNotWithdrawn();
    }

    public ConsentRecord GiveToService(ConsentMethod? method, DateTimeOffset at, string recordedBy)
    {
        if (Current(null) is not null)
        {
            throw new DomainException("Consent to the service is already in place.", "consent");
        }
        return Add(new ConsentRecord(null, null, at, Text.Required(recordedBy, "recordedBy", "Who recorded the consent"), Method: Known(method, "method")));
    }

    public ConsentRecord Give(Guid providerId, string? providerName, ConsentMethod? method, DateTimeOffset at, string recordedBy)
    {
        if (providerId == Guid.Empty)
        {
            throw new DomainException("Which provider the consent is for is required.", "providerId");
        }
        var name = Text.Required(providerName, "providerName", "The provider's name");
        if (Current(providerId) is not null)
        {
            throw new DomainException($"Consent to share with {name} is already in place.", "providerId");
        }
        EnsureServiceNotWithdrawn();
        return Add(new ConsentRecord(providerId, name, at, Text.Required(recordedBy, "recordedBy", "Who recorded the consent"), Method: Known(method, "method")));
    }

    /// <param name="providerId">Null withdraws consent to the service itself.</param>
    public ConsentRecord Withdraw(Guid? providerId, ConsentMethod? method, DateTimeOffset at, string recordedBy)
    {
        var current = Current(providerId)
            ?? throw new DomainException(providerId is null
                ? "There is no consent to the service in place to withdraw."
                : "There is no consent in place with this provider to withdraw.", "providerId");
        if (at < current.GivenAt)
        {
            throw new DomainException("Consent cannot be withdrawn before it was given.", "withdrawnAt");
        }
        var withdrawn = current with
        {
            WithdrawnAt = at,
            WithdrawnRecordedBy = Text.Required(recordedBy, "recordedBy", "Who recorded the withdrawal"),
            WithdrawnMethod = Known(method, "method"),
        };
        _records[_records.IndexOf(current)] = withdrawn;
        return withdrawn;
    }

    private ConsentRecord Add(ConsentRecord record)
    {
        _records.Add(record);
        return record;
    }

    private ConsentRecord? Current(Guid? providerId) =>
        _records.LastOrDefault(r => r.ProviderId == providerId && r.WithdrawnAt is null);

    private static ConsentMethod Known(ConsentMethod? method, string field) =>
        method is { } m && Enum.IsDefined(m)
            ? m
            : throw new DomainException("How the person gave or withdrew consent (verbally, in writing or online) is required.", field);
}
