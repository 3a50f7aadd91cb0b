using SocialPrescribing.Referrals.Domain.Surveys;

namespace SocialPrescribing.Referrals.Model;

/// <summary>
/// One survey occurrence: its single-use link (by hash), whom and what it is about, and once answered, the answers.
/// The person is not named here; reports and providers read answers without names, the referral only to group by equity.
/// </summary>
public sealed class SurveyRecord
{
    public const int HashLength = 64;
    public const int NameLength = 200;

    public Guid Id { get; init; }
    public required string TokenHash { get; init; }
    public SurveyKind Kind { get; init; }
    public Guid ReferralId { get; init; }
    public Guid TeamId { get; init; }

    /// <summary>For an after-activity survey: the connection, the activity and the organisation that runs it.</summary>
    public Guid? ConnectionId { get; init; }
    public Guid? ActivityId { get; init; }
    public Guid? ProviderId { get; init; }
    public string? ActivityName { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public Dictionary<string, int>? Choices { get; set; }
    public string? Comment { get; set; }

    /// <summary>PostgreSQL's xmin: two submissions racing on one link cannot both be kept.</summary>
    public uint Version { get; set; }
}
