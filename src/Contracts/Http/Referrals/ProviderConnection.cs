namespace SocialPrescribing.Contracts.Http.Referrals;

/// <summary>What was shared with one person, only while their consent to share with this provider stands.</summary>
public sealed record SharedPerson(string GivenName, string FamilyName, string? PreferredName, string PreferredContact, string? Phone, string? Mobile, string? Email);

/// <summary>Why the person was referred, in the referral's words, and the needs recorded with them: shared under the same consent as who they are.</summary>
public sealed record SharedReferral(string Reason, IReadOnlyList<string> NeedTermIds);

/// <summary>The link worker who sent a request, and their work email: whom the provider asks about it. Not the person's data, so shown without their consent.</summary>
public sealed record RequestSender(string Name, string? Email);

/// <summary>A request as its provider sees it; <see cref="Person"/> and <see cref="Referral"/> are null without the person's consent.</summary>
public sealed record ProviderConnection(
    Guid ConnectionId,
    Guid ReferralId,
    string TargetKind,
    Guid TargetId,
    string Status,
    DateOnly? AnswerDueBy,
    string PostcodeDistrict,
    string FirstLanguage,
    bool NeedsInterpreter,
    IReadOnlyList<string> AccessibilityNeeds,
    SharedPerson? Person,
    SharedReferral? Referral,
    RequestSender? SentBy);
