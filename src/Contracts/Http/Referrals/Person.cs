namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>A referred person's profile and the consents they gave, as the referrals service answers it.</summary>
public sealed record PersonSummary(
    Guid Id,
    Guid TeamId,
    string GivenName,
    string FamilyName,
    string? PreferredName,
    DateOnly DateOfBirth,
    string? NhsNumber,
    string PreferredContact,
    string? Phone,
    string? Mobile,
    string? Email,
    string? Address,
    string Postcode,
    string PostcodeDistrict,
    string FirstLanguage,
    bool NeedsInterpreter,
    IReadOnlyList<string> AccessibilityNeeds,
    string? AccessibilityNote,
    bool IsCarer,
    bool IsCaredFor,
    string? Ethnicity,
    string? Sex,
    string? Disability,
    IReadOnlyList<ConsentEntry> Consents,
    DateTimeOffset RegisteredAt,
    uint Version);

/// <summary>One period of consent, to the service (no provider) or to share with one provider; a withdrawal is added beside it.</summary>
public sealed record ConsentEntry(
    Guid? ProviderId, string? ProviderName, DateTimeOffset GivenAt, string RecordedBy,
    DateTimeOffset? WithdrawnAt, string? WithdrawnRecordedBy, string? Method, string? WithdrawnMethod);

/// <summary>Who read or changed a person's record, and when.</summary>
public sealed record AuditEntry(
    long Id, Guid PersonId, string ActorId, string? ActorName, string ActorRole, string Action, string Record, Guid RecordId, DateTimeOffset At);
