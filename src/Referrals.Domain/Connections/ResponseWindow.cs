using SocialPrescribing.Referrals.Domain.Common;

namespace SocialPrescribing.Referrals.Domain.Connections;

/// <summary>When a request was sent and how many working days the provider agreed to answer in.</summary>
public sealed record ResponseWindow
{
    public const int DefaultAgreedWorkingDays = 10;

    /// <summary>A year of working days: a provider that needs longer has not agreed to answer.</summary>
    public const int MaxAgreedWorkingDays = 260;

    public ResponseWindow(DateTimeOffset requestedAt, int agreedWorkingDays = DefaultAgreedWorkingDays)
    {
        RequestedAt = requestedAt;
        AgreedWorkingDays = agreedWorkingDays is >= 1 and <= MaxAgreedWorkingDays
            ? agreedWorkingDays
            : throw new DomainException($"An agreed response time is 1 to {MaxAgreedWorkingDays} working days.", "agreedWorkingDays");
    }

    public DateTimeOffset RequestedAt { get; }
    public int AgreedWorkingDays { get; }
}
